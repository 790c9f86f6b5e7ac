package id.jht.portal.application.verification;

import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimAction;
import id.jht.portal.domain.model.claim.ClaimStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * What an officer can do with a claim under verification: the claim's own lifecycle action it
 * performs ({@link ClaimAction}, which says from which states and to which), what the officer's
 * view adds to that (the queue ticket still active), the timeline event it writes and its audit
 * action.
 */
public enum Decision {
  /** CALLED (ticket still active) or DOCUMENTS_REQUESTED (after a re-upload) to IN_VERIFICATION. */
  START_VERIFICATION(
      ClaimAction.START_VERIFICATION, "IN_VERIFICATION", "CLAIM_VERIFICATION_STARTED"),
  /**
   * Saves the per-document checklist; the claim's state does not change. Also while the claim waits
   * for its day (QUEUED, ticket active), so that officers can check documents before the call.
   */
  REVIEW_DOCUMENTS(null, null, "CLAIM_DOCUMENTS_REVIEWED"),
  /** At least one document must be uploaded again; the participant is mailed. */
  REQUEST_DOCUMENTS(
      ClaimAction.REQUEST_DOCUMENTS, "DOCUMENTS_REQUESTED", "CLAIM_DOCUMENTS_REQUESTED"),
  /** Every document accepted; the ticket is served. */
  APPROVE(ClaimAction.APPROVE, "APPROVED", "CLAIM_APPROVED"),
  /** With a reason; the ticket is served. */
  REJECT(ClaimAction.REJECT, "REJECTED", "CLAIM_REJECTED"),
  /**
   * The participant did not come to the call: the ticket ends as NO_SHOW, the claim stays open so
   * the participant can book again (the same as "no-show" on the queue board).
   */
  NO_SHOW(null, "NO_SHOW", "QUEUE_NO_SHOW"),
  /** Supervisors and administrators only: the approved benefit was paid out. */
  MARK_PAID(ClaimAction.MARK_PAID, "PAID", "CLAIM_PAID");

  private final ClaimAction action;
  private final String eventType;
  private final String auditAction;

  Decision(ClaimAction action, String eventType, String auditAction) {
    this.action = action;
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
    return switch (this) {
      // The call must still be going on; after a re-upload there is no ticket to ask.
      case START_VERIFICATION ->
          action.isAllowedFrom(status) && (status != ClaimStatus.CALLED || ticketActive);
      // No change of state: the checklist is saved during verification or before the call.
      case REVIEW_DOCUMENTS ->
          status == ClaimStatus.IN_VERIFICATION || (status == ClaimStatus.QUEUED && ticketActive);
      // The ticket, not the claim, ends: the claim must still be waiting for or at the call.
      case NO_SHOW ->
          (status == ClaimStatus.QUEUED || status == ClaimStatus.CALLED) && ticketActive;
      case REQUEST_DOCUMENTS, APPROVE, REJECT, MARK_PAID -> action.isAllowedFrom(status);
    };
  }

  /**
   * Performs the claim's lifecycle action, if the decision has one.
   *
   * @throws id.jht.portal.domain.model.claim.IllegalClaimTransitionException when the claim's
   *     status does not allow it
   */
  public void applyTo(Claim claim, Instant now) {
    switch (this) {
      case START_VERIFICATION -> claim.startVerification(now);
      case REQUEST_DOCUMENTS -> claim.requestDocuments(now);
      case APPROVE -> claim.approve(now);
      case REJECT -> claim.reject(now);
      case MARK_PAID -> claim.markPaid(now);
      case REVIEW_DOCUMENTS, NO_SHOW -> {
        // the claim's state does not change
      }
    }
  }

  /** The claim's state afterwards; empty when the action leaves it as it is. */
  public Optional<ClaimStatus> target() {
    return Optional.ofNullable(action).map(ClaimAction::target);
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
