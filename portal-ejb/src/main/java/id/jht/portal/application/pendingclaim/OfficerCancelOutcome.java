package id.jht.portal.application.pendingclaim;

/** What an officer's cancellation did. */
public enum OfficerCancelOutcome {
  /** The record was OPEN and is now CANCELLED_BY_OFFICER; the participant is e-mailed. */
  CANCELLED,
  /** The record had already been closed (resumed, completed, cancelled or expired) meanwhile. */
  ALREADY_CLOSED,
  /** No such record. */
  NOT_FOUND
}
