package id.jht.portal.application.verification;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.staff.StaffAuthenticationService;
import id.jht.portal.application.staff.StaffIdentity;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is calling and whether they may touch a branch's claims: the caller is whoever the container
 * authenticated (never an identity handed in by the web layer); officers and supervisors reach only
 * their own branch, administrators all. A refusal is audited and raises {@link
 * VerificationAccessDeniedException}, which does not roll the audit line back.
 */
@Stateless
public class StaffGate {

  @Resource SessionContext context;

  @Inject StaffAuthenticationService staff;
  @Inject AuditTrail audit;

  /** The signed-in staff member. */
  public StaffIdentity caller() {
    Principal principal = context.getCallerPrincipal();
    Optional<StaffIdentity> who =
        principal == null ? Optional.empty() : staff.identity(principal.getName());
    return who.orElseThrow(VerificationAccessDeniedException::new);
  }

  /**
   * Refuses, audited, unless {@code who} may work the branch ({@code null} for a claim that has no
   * branch yet: administrators only).
   */
  public void requireBranch(
      StaffIdentity who, Long branchId, String targetType, Object targetId, String clientAddress) {
    if (!who.mayAccessBranch(branchId)) {
      audit.record(
          actor(who, clientAddress),
          "CLAIM_ACCESS_DENIED",
          targetType,
          targetId,
          "claim of another branch requested");
      throw new VerificationAccessDeniedException();
    }
  }

  public static AuditTrail.Actor actor(StaffIdentity who, String clientAddress) {
    return new AuditTrail.Actor(who.username(), who.role().name(), who.branchId(), clientAddress);
  }
}
