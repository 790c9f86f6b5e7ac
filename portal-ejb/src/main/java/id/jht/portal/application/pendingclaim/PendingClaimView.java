package id.jht.portal.application.pendingclaim;

import id.jht.portal.domain.model.pendingclaim.PendingClaimStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * A pending-claim record as pages show it: NIK and KPJ masked, the branch by code and name. The
 * status label is the bundle key {@code pending.status.<STATUS>}.
 */
public record PendingClaimView(
    Long id,
    Long claimId,
    Long participantId,
    String participantName,
    String maskedNik,
    String maskedKpj,
    String reason,
    String branchCode,
    String branchName,
    PendingClaimStatus status,
    Instant createdAt,
    Instant expiresAt,
    Instant closedAt,
    String closedBy,
    String closeReason)
    implements Serializable {

  public String statusKey() {
    return "pending.status." + status.name();
  }
}
