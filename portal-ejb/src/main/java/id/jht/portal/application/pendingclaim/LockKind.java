package id.jht.portal.application.pendingclaim;

/** Why a person is blocked. */
public enum LockKind {
  /** A claim started and left before submission (here: a pending-claim record). */
  PENDING,
  /** A submitted claim not yet paid, rejected or cancelled. */
  SUBMITTED
}
