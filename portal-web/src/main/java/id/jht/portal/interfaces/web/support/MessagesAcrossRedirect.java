package id.jht.portal.interfaces.web.support;

import id.jht.portal.interfaces.http.BeforeCommitFilter;
import id.jht.portal.interfaces.web.support.KeptMessages.Kept;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Keeps a request's messages for the page it redirects to (post, redirect, get), in a short-lived
 * sealed cookie ({@link MessageCookie}): no HTTP session (a participant has none), and any node
 * renders them. Used instead of the Faces flash, which Mojarra keeps in the memory of the node that
 * wrote it: when the redirected request reached the other node of the cluster, the post failed with
 * an error (measured with {@code scripts/cluster/test.sh}).
 *
 * <p>Call {@link #keep()} during the request that redirects: the messages it has when the redirect
 * is sent (also those added after the call) go into the cookie, each with its component, severity,
 * summary and detail; unless the request renders a page after all, which then shows them itself.
 * The listener (registered in faces-config.xml) gives them to the next page that renders, and
 * clears the cookie.
 */
public class MessagesAcrossRedirect implements PhaseListener {

  private static final long serialVersionUID = 1L;
  private static final String KEEP = MessagesAcrossRedirect.class.getName() + ".keep";
  private static final String HOOKED = MessagesAcrossRedirect.class.getName() + ".hooked";

  /** The messages of the current request go to the next rendered page of this browser. */
  public static void keep() {
    FacesContext context = FacesContext.getCurrentInstance();
    Map<Object, Object> attributes = context.getAttributes();
    attributes.put(KEEP, Boolean.TRUE);
    if (attributes.putIfAbsent(HOOKED, Boolean.TRUE) == null) {
      ExternalContext external = context.getExternalContext();
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      HttpServletResponse response = (HttpServletResponse) external.getResponse();
      BeforeCommitFilter.beforeCommit(
          request,
          () -> {
            // At the end of a request that neither redirected nor rendered, Faces is done: nothing.
            if (FacesContext.getCurrentInstance() == context
                && Boolean.TRUE.equals(attributes.get(KEEP))) {
              cookie().keep(request, response, messagesOf(context));
            }
          });
    }
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    // This request renders a page after all: it shows its own messages, none go to the next one.
    context.getAttributes().replace(KEEP, Boolean.TRUE, Boolean.FALSE);
    ExternalContext external = context.getExternalContext();
    for (Kept kept :
        cookie()
            .take(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse())) {
      context.addMessage(kept.clientId(), kept.message());
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // Nothing: the messages are taken when the redirect is sent (keep).
  }

  private static List<Kept> messagesOf(FacesContext context) {
    List<Kept> messages = new ArrayList<>();
    for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
      String clientId = ids.next();
      context.getMessages(clientId).forEachRemaining(m -> messages.add(new Kept(clientId, m)));
    }
    return messages;
  }

  private static MessageCookie cookie() {
    return CDI.current().select(MessageCookie.class).get();
  }
}
