package id.jht.portal.domain.model.queue;

/**
 * A queue ticket's state. A cancelled or rescheduled ticket keeps its number: numbers never gap.
 */
public enum TicketStatus {
  WAITING,
  CALLED,
  SERVED,
  NO_SHOW,
  CANCELLED,
  RESCHEDULED;

  public boolean isActive() {
    return this == WAITING || this == CALLED;
  }
}
