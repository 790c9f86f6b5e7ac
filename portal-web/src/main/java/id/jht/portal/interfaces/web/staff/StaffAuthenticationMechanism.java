package id.jht.portal.interfaces.web.staff;

import id.jht.portal.interfaces.http.PublicRedirectFilter;
import id.jht.portal.interfaces.http.PublicUrl;
import id.jht.portal.interfaces.http.SecurityHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.Set;

/**
 * Staff authentication that survives a change of node. The caller signs in on the Faces form
 * ({@link StaffLoginBean} hands the credential over); from then on the caller's name and groups
 * live in an ordinary session attribute and are given to the container again on every request.
 *
 * <p>Why not the built-in form mechanism: it keeps the caller as the container session's principal,
 * which is not part of a replicated session. After a failover (or when a node reads the session
 * back from the data grid) the officer was sent to the sign-in page. A session attribute is
 * replicated like everything else in the session.
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String CALLER = StaffAuthenticationMechanism.class.getName() + ".caller";
  private static final String SIGN_IN_PAGE = "/signin.xhtml";

  /** Who signed in; kept in the session. */
  record SignedInCaller(String name, Set<String> groups) implements Serializable {}

  @Inject IdentityStoreHandler identityStores;
  @Inject PublicUrl publicUrl;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return signIn(request, context, credential);
    }
    HttpSession session = request.getSession(false);
    Object caller = session == null ? null : session.getAttribute(CALLER);
    if (caller instanceof SignedInCaller signedIn) {
      return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
    }
    if (context.isProtected()) {
      // Not context.redirect: the container would make the path absolute from the Host header.
      // The answer leaves before any filter runs: it gets the security headers here.
      SecurityHeaders.write(request, response, publicUrl.isHttps());
      try {
        PublicRedirectFilter.redirect(
            request, response, publicUrl, request.getContextPath() + SIGN_IN_PAGE);
      } catch (IOException clientGone) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // The sign-in form says why (wrong password, locked); the page itself answers normally.
      return AuthenticationStatus.SEND_FAILURE;
    }
    request
        .getSession(true)
        .setAttribute(
            CALLER,
            new SignedInCaller(
                result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
    return context.notifyContainerAboutLogin(result);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(CALLER);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
