package id.jht.portal.domain.model.claim;

/** Where a claim stands. A DRAFT has no queue number yet; the others are submitted claims. */
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
}
