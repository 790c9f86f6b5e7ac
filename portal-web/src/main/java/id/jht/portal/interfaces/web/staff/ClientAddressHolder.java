package id.jht.portal.interfaces.web.staff;

import id.jht.portal.interfaces.http.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The client's address for the audit trail of staff and admin actions: {@link ClientAddress}, under
 * the name the staff and admin beans have always injected.
 */
@RequestScoped
public class ClientAddressHolder {

  @Inject ClientAddress clientAddress;

  public String get() {
    return clientAddress.get();
  }
}
