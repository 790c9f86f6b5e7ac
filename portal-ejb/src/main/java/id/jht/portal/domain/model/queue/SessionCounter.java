package id.jht.portal.domain.model.queue;

/**
 * A session's counter on one date: the numbers issued, and how many of them were given back by
 * reschedules and cancellations. Numbers follow {@code issued}; the room is the quota minus {@link
 * #taken()}.
 */
public record SessionCounter(int issued, int released) {

  /** The places taken now. */
  public int taken() {
    return issued - released;
  }
}
