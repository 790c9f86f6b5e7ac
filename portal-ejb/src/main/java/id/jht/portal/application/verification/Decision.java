package id.jht.portal.application.verification;

import id.jht.portal.domain.model.claim.ClaimStatus;
import java.util.Optional;

/**
 * What an officer can do with a claim under verification, with the claim states each action is
 * allowed in, the state it leads to, the timeline event it writes and its audit action.
 */
public enum Decision {
  /** CALLED (ticket still active) or DOCUMENTS_REQUESTED (after a re-upload) to IN_VERIFICATION. */
  START_VERIFICATION(ClaimStatus.IN_VERIFICATION, "IN_VERIFICATION", "CLAIM_VERIFICATION_STARTED"),
  /**
   * Saves the per-document checklist; the claim's state does not change. Also while the claim waits
   * for its day (QUEUED, ticket active), so that officers can check documents before the call.
   */
  REVIEW_DOCUMENTS(null, null, "CLAIM_DOCUMENTS_REVIEWED"),
  /** At least one document must be uploaded again; the participant is mailed. */
  REQUEST_DOCUMENTS(
      ClaimStatus.DOCUMENTS_REQUESTED, "DOCUMENTS_REQUESTED", "CLAIM_DOCUMENTS_REQUESTED"),
  /** Every document accepted; the ticket is served. */
  APPROVE(ClaimStatus.APPROVED, "APPROVED", "CLAIM_APPROVED"),
  /** With a reason; the ticket is served. */
  REJECT(ClaimStatus.REJECTED, "REJECTED", "CLAIM_REJECTED"),
  /**
   * The participant did not come to the call: the ticket ends as NO_SHOW, the claim stays open so
   * the participant can book again (the same as "no-show" on the queue board).
   */
  NO_SHOW(null, "NO_SHOW", "QUEUE_NO_SHOW"),
  /** Supervisors and administrators only: the approved benefit was paid out. */
  MARK_PAID(ClaimStatus.PAID, "PAID", "CLAIM_PAID");

  private final ClaimStatus target;
  private final String eventType;
  private final String auditAction;

  Decision(ClaimStatus target, String eventType, String auditAction) {
    this.target = target;
    this.eventType = eventType;
    this.auditAction = auditAction;
  }

  /**
   * Whether the action is possible for a claim in {@code status}.
   *
   * @param ticketActive whether the claim's latest queue ticket is still waiting or called
   */
  public boolean allowedFrom(ClaimStatus status, boolean ticketActive) {
    if (status == null) {
      return false;
    }
    switch (this) {
      case START_VERIFICATION:
        return (status == ClaimStatus.CALLED && ticketActive)
            || status == ClaimStatus.DOCUMENTS_REQUESTED;
      case REVIEW_DOCUMENTS:
        return status == ClaimStatus.IN_VERIFICATION
            || (status == ClaimStatus.QUEUED && ticketActive);
      case REQUEST_DOCUMENTS:
      case APPROVE:
        return status == ClaimStatus.IN_VERIFICATION;
      case REJECT:
        return status == ClaimStatus.IN_VERIFICATION || status == ClaimStatus.DOCUMENTS_REQUESTED;
      case NO_SHOW:
        return (status == ClaimStatus.QUEUED || status == ClaimStatus.CALLED) && ticketActive;
      case MARK_PAID:
        return status == ClaimStatus.APPROVED;
      default:
        return false;
    }
  }

  /** The claim's state afterwards; empty when the action leaves it as it is. */
  public Optional<ClaimStatus> target() {
    return Optional.ofNullable(target);
  }

  /** The {@code claim_event} type written, or empty for none. */
  public Optional<String> eventType() {
    return Optional.ofNullable(eventType);
  }

  public String auditAction() {
    return auditAction;
  }

  /** Marking a claim paid is an override officers may not make. */
  public boolean supervisorsOnly() {
    return this == MARK_PAID;
  }
}
