package id.jht.portal.domain.model.claim;

/**
 * Where a claim stands. A DRAFT has no queue number yet; the others are submitted claims. The
 * claim's lifecycle is the table in {@link #mayMoveTo}: the one place that says which status may
 * follow which, so that {@link Claim} can refuse any other.
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
   * Whether the lifecycle allows {@code next} after this status: a draft is submitted or cancelled;
   * a queued claim is called or cancelled; a called participant is verified, or missed the call and
   * queues again, or cancels after missing it; a verification asks for documents, approves or
   * rejects; requested documents come back for verification, or the claim is rejected or cancelled;
   * an approved claim is paid. Paid, rejected and cancelled claims are final.
   */
  public boolean mayMoveTo(ClaimStatus next) {
    return switch (this) {
      case DRAFT -> next == QUEUED || next == CANCELLED;
      case QUEUED -> next == CALLED || next == CANCELLED;
      case CALLED -> next == IN_VERIFICATION || next == QUEUED || next == CANCELLED;
      case IN_VERIFICATION -> next == DOCUMENTS_REQUESTED || next == APPROVED || next == REJECTED;
      case DOCUMENTS_REQUESTED -> next == IN_VERIFICATION || next == REJECTED || next == CANCELLED;
      case APPROVED -> next == PAID;
      case PAID, REJECTED, CANCELLED -> false;
    };
  }
}
