package id.jht.portal.domain.model.claim;

import static id.jht.portal.domain.model.claim.ClaimStatus.APPROVED;
import static id.jht.portal.domain.model.claim.ClaimStatus.CALLED;
import static id.jht.portal.domain.model.claim.ClaimStatus.CANCELLED;
import static id.jht.portal.domain.model.claim.ClaimStatus.DOCUMENTS_REQUESTED;
import static id.jht.portal.domain.model.claim.ClaimStatus.DRAFT;
import static id.jht.portal.domain.model.claim.ClaimStatus.IN_VERIFICATION;
import static id.jht.portal.domain.model.claim.ClaimStatus.PAID;
import static id.jht.portal.domain.model.claim.ClaimStatus.QUEUED;
import static id.jht.portal.domain.model.claim.ClaimStatus.REJECTED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The business actions that change a claim's status, each with the statuses it may start from and
 * the one it leads to: the claim's lifecycle in one table. {@link Claim} has one method per action
 * and refuses it from any other status; use cases that must tell beforehand whether an action is
 * possible (the officer's buttons, the participant's booking page) ask {@link #isAllowedFrom}
 * rather than repeating the table.
 */
public enum ClaimAction {
  /** The draft gets its queue number. */
  SUBMIT(QUEUED, DRAFT),
  /** An officer calls the ticket at the counter. */
  CALL(CALLED, QUEUED),
  /** A called participant who missed the call books a new number and waits again. */
  REQUEUE(QUEUED, CALLED),
  /** An officer starts checking the claim, after the call or after a re-upload. */
  START_VERIFICATION(IN_VERIFICATION, CALLED, DOCUMENTS_REQUESTED),
  /** The officer needs at least one document again. */
  REQUEST_DOCUMENTS(DOCUMENTS_REQUESTED, IN_VERIFICATION),
  /** Every requested document came back: the claim returns to the officer. */
  RECEIVE_REQUESTED_DOCUMENTS(IN_VERIFICATION, DOCUMENTS_REQUESTED),
  APPROVE(APPROVED, IN_VERIFICATION),
  REJECT(REJECTED, IN_VERIFICATION, DOCUMENTS_REQUESTED),
  /** The approved benefit was paid out. */
  MARK_PAID(PAID, APPROVED),
  /**
   * The participant gives up (a draft, before the call, after a missed call, or while documents are
   * requested); the participant-facing rules narrow this further.
   */
  CANCEL(CANCELLED, DRAFT, QUEUED, CALLED, DOCUMENTS_REQUESTED);

  private final ClaimStatus target;
  private final Set<ClaimStatus> sources;

  ClaimAction(ClaimStatus target, ClaimStatus first, ClaimStatus... more) {
    this.target = target;
    this.sources = EnumSet.of(first, more);
  }

  /** The status after the action. */
  public ClaimStatus target() {
    return target;
  }

  /** Whether a claim in {@code status} may take this action; never for a null status. */
  public boolean isAllowedFrom(ClaimStatus status) {
    return status != null && sources.contains(status);
  }
}
