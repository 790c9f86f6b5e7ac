package id.jht.portal.interfaces.web.support;

import id.jht.portal.interfaces.http.SecurityHeaders;
import jakarta.faces.context.FacesContext;
import org.primefaces.csp.CspState;

/**
 * PrimeFaces' CSP state with a nonce it never has to remember. PrimeFaces' own state keeps the
 * nonce in the view map, which gives an anonymous visitor of a stateless page an HTTP session (the
 * view is not yet known to be transient when the nonce is made), and refuses with an exception, an
 * HTTP 500, any post that does not send the nonce back: every plain form of the stateless pages.
 *
 * <p>Here a page's nonce is the one {@link SecurityHeaders} wrote into this answer's policy, fresh
 * for every page. An Ajax request's answer is evaluated inside the page that sent it, so its
 * scripts carry the nonce that page sent back ({@code primefaces.nonce}), when it has the form of
 * ours; checking it against a stored copy would protect nothing the view state does not: the value
 * only ever reaches scripts of an answer to that same request. A missing or malformed nonce gets a
 * fresh one, whose scripts the page's policy refuses: never an error.
 */
final class PerResponseCspState extends CspState {

  static final String NONCE_PARAMETER = "primefaces.nonce";

  private final FacesContext context;
  private String nonce;

  PerResponseCspState(FacesContext context) {
    super(context);
    this.context = context;
  }

  @Override
  public String getNonce() {
    if (nonce == null) {
      nonce = chooseNonce();
    }
    return nonce;
  }

  private String chooseNonce() {
    if (context.getPartialViewContext().isAjaxRequest()) {
      String sent = context.getExternalContext().getRequestParameterMap().get(NONCE_PARAMETER);
      if (SecurityHeaders.isWellFormedNonce(sent)) {
        return sent;
      }
    }
    Object page = context.getExternalContext().getRequestMap().get(SecurityHeaders.NONCE_ATTRIBUTE);
    return page instanceof String written ? written : SecurityHeaders.freshNonce();
  }
}
