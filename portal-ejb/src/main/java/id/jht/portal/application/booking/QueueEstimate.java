package id.jht.portal.application.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When a waiting participant will roughly be called: from the session's start (or now, once the
 * session has started) plus a fixed time per ticket ahead, rounded up to five minutes because a
 * minute-exact estimate promises a precision a queue does not have.
 */
final class QueueEstimate {

  private static final long ROUND_MINUTES = 5;

  private QueueEstimate() {}

  /**
   * @param sessionStart local time at the branch, or null when unknown (then from now)
   * @param ahead waiting tickets before this one
   */
  static Instant estimate(
      LocalDate serviceDate,
      LocalTime sessionStart,
      ZoneId zone,
      Instant now,
      int ahead,
      Duration perTicket) {
    Instant start =
        sessionStart == null ? now : serviceDate.atTime(sessionStart).atZone(zone).toInstant();
    Instant from = start.isAfter(now) ? start : now;
    Instant raw = from.plus(perTicket.multipliedBy(Math.max(0, ahead)));
    long minutes = (raw.getEpochSecond() + 59) / 60;
    long rounded = ((minutes + ROUND_MINUTES - 1) / ROUND_MINUTES) * ROUND_MINUTES;
    return Instant.ofEpochSecond(rounded * 60);
  }
}
