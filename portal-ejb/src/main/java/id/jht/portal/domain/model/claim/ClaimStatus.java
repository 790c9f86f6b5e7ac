package id.jht.portal.domain.model.claim;

/**
 * Where a claim stands. A DRAFT has no queue number yet; the others are submitted claims. The
 * claim's lifecycle is the table in {@link ClaimAction}: the one place that says which action may
 * move a claim from which status to which, so that {@link Claim} can refuse any other.
 */
public enum ClaimStatus {
  DRAFT,
  QUEUED,
  CALLED,
  IN_VERIFICATION,
  DOCUMENTS_REQUESTED,
  APPROVED,
  PAID,
  REJECTED,
  CANCELLED;

  /** An open claim blocks a new claim for the same person, here and in other channels. */
  public boolean isOpen() {
    return this != PAID && this != REJECTED && this != CANCELLED;
  }

  /**
   * Whether some {@link ClaimAction} leads from this status to {@code next}: a draft is submitted
   * or cancelled; a queued claim is called or cancelled; a called participant is verified, or
   * missed the call and queues again, or cancels after missing it; a verification asks for
   * documents, approves or rejects; requested documents come back for verification, or the claim is
   * rejected or cancelled; an approved claim is paid. Paid, rejected and cancelled claims are
   * final.
   */
  public boolean mayMoveTo(ClaimStatus next) {
    for (ClaimAction action : ClaimAction.values()) {
      if (action.target() == next && action.isAllowedFrom(this)) {
        return true;
      }
    }
    return false;
  }
}
