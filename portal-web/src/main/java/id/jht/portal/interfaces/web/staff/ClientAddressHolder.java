package id.jht.portal.interfaces.web.staff;

import id.jht.portal.application.staff.StaffAuthenticationService.Outcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Per-request details of a sign-in the identity store cannot return through Jakarta Security's API:
 * the client's address (for the audit trail) and why a sign-in failed (locked or not).
 */
@RequestScoped
public class ClientAddressHolder {

  @Inject HttpServletRequest request;

  private Outcome failure;

  public String get() {
    return request.getRemoteAddr();
  }

  void rememberOutcome(Outcome outcome) {
    this.failure = outcome;
  }

  public Outcome failure() {
    return failure;
  }
}
