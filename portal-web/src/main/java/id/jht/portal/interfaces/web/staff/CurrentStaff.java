package id.jht.portal.interfaces.web.staff;

import id.jht.portal.application.staff.StaffAuthenticationService;
import id.jht.portal.application.staff.StaffIdentity;
import id.jht.portal.interfaces.http.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;

/** The signed-in staff member of this request, and sign-out. */
@Named
@RequestScoped
public class CurrentStaff {

  @Inject SecurityContext securityContext;
  @Inject StaffAuthenticationService authentication;
  @Inject ClientAddress clientAddress;

  private StaffIdentity identity;

  public StaffIdentity getIdentity() {
    if (identity == null) {
      Principal principal = securityContext.getCallerPrincipal();
      if (principal != null) {
        identity = authentication.identity(principal.getName()).orElse(null);
      }
    }
    return identity;
  }

  public boolean isSignedIn() {
    return getIdentity() != null;
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    StaffIdentity who = getIdentity();
    if (who != null) {
      authentication.recordLogout(who, clientAddress.get());
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(external.getRequestContextPath() + "/signin.xhtml?signedOut=true");
  }
}
