package id.jht.portal.application.admin;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.staff.StaffIdentity;
import id.jht.portal.domain.model.staff.StaffRole;

/**
 * The staff member calling an administration use case, as the container authenticated them and as
 * their account stands now, with the client address for the audit trail.
 */
public record AdminCaller(StaffIdentity identity, String clientAddress) {

  public boolean isAdministrator() {
    return identity.role() == StaffRole.ADMINISTRATOR;
  }

  public String username() {
    return identity.username();
  }

  public AuditTrail.Actor actor() {
    return new AuditTrail.Actor(
        identity.username(), identity.role().name(), identity.branchId(), clientAddress);
  }
}
