package id.jht.portal.application.staff;

import id.jht.portal.domain.model.staff.StaffAccount;
import id.jht.portal.domain.model.staff.StaffRole;

/** What the web layer knows about a signed-in staff member; no password hash. */
public record StaffIdentity(
    Long id,
    String username,
    String fullName,
    StaffRole role,
    Long branchId,
    String branchCode,
    String branchName) {

  public static StaffIdentity of(StaffAccount account) {
    var branch = account.getBranch();
    return new StaffIdentity(
        account.getId(),
        account.getUsername(),
        account.getFullName(),
        account.getRole(),
        branch == null ? null : branch.getId(),
        branch == null ? null : branch.getCode(),
        branch == null ? null : branch.getName());
  }

  /** Administrators see every branch; officers and supervisors only their own. */
  public boolean mayAccessBranch(Long branch) {
    return role == StaffRole.ADMINISTRATOR || (branchId != null && branchId.equals(branch));
  }
}
