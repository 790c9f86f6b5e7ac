package id.jht.portal.domain.model.pendingclaim;

/** The life of a pending-claim record. Only OPEN blocks other channels. */
public enum PendingClaimStatus {
  OPEN,
  RESUMED,
  COMPLETED,
  CANCELLED_BY_PARTICIPANT,
  CANCELLED_BY_OFFICER,
  EXPIRED
}
