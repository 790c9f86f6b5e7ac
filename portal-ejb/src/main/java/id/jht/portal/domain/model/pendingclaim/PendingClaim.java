package id.jht.portal.domain.model.pendingclaim;

import id.jht.portal.domain.model.entity.VersionedEntity;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Nik;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A claim draft its participant left before getting a queue number: made explicit so that other
 * channels can see it and the participant or an officer can release it.
 */
@Entity
@Table(name = "pending_claim")
public class PendingClaim extends VersionedEntity {

  private Long claimId;
  private int abandonNo;
  private Long participantId;
  private Nik nik;
  private Kpj kpj;
  private String reason;
  private Long branchId;

  @Enumerated(EnumType.STRING)
  private PendingClaimStatus status;

  private Instant createdAt;
  private Instant expiresAt;
  private Instant closedAt;
  private String closedBy;
  private String closeReason;
  private boolean reminderSent;

  protected PendingClaim() {}

  public PendingClaim(
      Long claimId,
      int abandonNo,
      Long participantId,
      Nik nik,
      Kpj kpj,
      String reason,
      Long branchId,
      Instant createdAt,
      Instant expiresAt) {
    this.claimId = claimId;
    this.abandonNo = abandonNo;
    this.participantId = participantId;
    this.nik = nik;
    this.kpj = kpj;
    this.reason = reason;
    this.branchId = branchId;
    this.status = PendingClaimStatus.OPEN;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public Long getClaimId() {
    return claimId;
  }

  public int getAbandonNo() {
    return abandonNo;
  }

  public Long getParticipantId() {
    return participantId;
  }

  public Nik getNik() {
    return nik;
  }

  public Kpj getKpj() {
    return kpj;
  }

  public String getReason() {
    return reason;
  }

  public Long getBranchId() {
    return branchId;
  }

  public PendingClaimStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public String getCloseReason() {
    return closeReason;
  }

  public boolean isReminderSent() {
    return reminderSent;
  }

  public boolean isOpen() {
    return status == PendingClaimStatus.OPEN;
  }

  public void close(PendingClaimStatus outcome, Instant now, String by, String why) {
    if (!isOpen()) {
      throw new IllegalStateException("pending claim " + getId() + " is already " + status);
    }
    if (outcome == PendingClaimStatus.OPEN) {
      throw new IllegalArgumentException("closing needs a final status");
    }
    this.status = outcome;
    this.closedAt = now;
    this.closedBy = by;
    this.closeReason = why;
  }

  public void markReminderSent() {
    this.reminderSent = true;
  }
}
