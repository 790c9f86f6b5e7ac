package id.jht.portal.interfaces.web.staff;

import id.jht.portal.application.staff.StaffAuthenticationService.Outcome;
import id.jht.portal.interfaces.http.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Per-request details of a sign-in the identity store cannot return through Jakarta Security's API:
 * the client's address (for the audit trail, from {@link ClientAddress}) and why a sign-in failed
 * (locked or not).
 */
@RequestScoped
public class ClientAddressHolder {

  @Inject ClientAddress clientAddress;

  private Outcome failure;

  public String get() {
    return clientAddress.get();
  }

  void rememberOutcome(Outcome outcome) {
    this.failure = outcome;
  }

  public Outcome failure() {
    return failure;
  }
}
