package id.jht.portal.application.admin;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.staff.StaffIdentity;
import id.jht.portal.domain.model.staff.StaffAccount;
import id.jht.portal.domain.model.staff.StaffAccounts;
import id.jht.portal.domain.model.staff.StaffRole;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is calling, checked on every administration call: the principal the container authenticated
 * (never an identity handed in by the web layer), looked up in {@code staff_account} now, so that a
 * deactivated or demoted account loses its rights at once, not only at its next sign-in.
 */
@Stateless
public class AdminAccess {

  static final String DENIED = "ADMIN_ACCESS_DENIED";

  @Resource SessionContext context;

  @Inject StaffAccounts accounts;
  @Inject AuditTrail audit;

  /**
   * The calling administrator.
   *
   * @throws AdminAccessDeniedException (audited) for anyone else
   */
  public AdminCaller administrator(String clientAddress) {
    AdminCaller caller = staffMember(clientAddress);
    if (!caller.isAdministrator()) {
      audit.record(caller.actor(), DENIED, "ADMIN", null, "administrator function requested");
      throw new AdminAccessDeniedException();
    }
    return caller;
  }

  /**
   * The calling supervisor or administrator (supervisors act on their own branch only: callers
   * check that with {@link #requireBranch}).
   *
   * @throws AdminAccessDeniedException (audited) for officers and anyone else
   */
  public AdminCaller supervisorOrAdministrator(String clientAddress) {
    AdminCaller caller = staffMember(clientAddress);
    if (caller.identity().role() == StaffRole.OFFICER) {
      audit.record(caller.actor(), DENIED, "ADMIN", null, "supervisor function requested");
      throw new AdminAccessDeniedException();
    }
    return caller;
  }

  /**
   * Any signed-in staff member with an active account.
   *
   * @throws AdminAccessDeniedException (audited) when there is none
   */
  public AdminCaller staffMember(String clientAddress) {
    Principal principal = context.getCallerPrincipal();
    String name = principal == null ? null : principal.getName();
    Optional<StaffAccount> account = activeAccount(name);
    if (account.isEmpty()) {
      audit.record(
          new AuditTrail.Actor(printable(name), "ANONYMOUS", null, clientAddress),
          DENIED,
          "ADMIN",
          null,
          "no active staff account");
      throw new AdminAccessDeniedException();
    }
    return new AdminCaller(StaffIdentity.of(account.get()), clientAddress);
  }

  /**
   * Refuses (audited) a caller who may not act on a branch: administrators act on all, supervisors
   * and officers on their own only.
   */
  public void requireBranch(AdminCaller caller, Long branchId, String what) {
    if (!caller.identity().mayAccessBranch(branchId)) {
      audit.record(caller.actor(), DENIED, "BRANCH", branchId, what + " of another branch");
      throw new AdminAccessDeniedException();
    }
  }

  private Optional<StaffAccount> activeAccount(String username) {
    if (username == null || username.isBlank() || username.length() > 60) {
      return Optional.empty();
    }
    return accounts.findByUsername(username).filter(StaffAccount::isActive);
  }

  private static String printable(String name) {
    if (name == null) {
      return "";
    }
    String cleaned = name.replaceAll("[^A-Za-z0-9._@-]", "?");
    return cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
  }
}
