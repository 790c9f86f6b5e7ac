package id.jht.portal.application.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QueueEstimateTest {

  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
  private static final LocalTime B = LocalTime.of(10, 0);
  private static final Duration TEN = Duration.ofMinutes(10);

  private static Instant wita(int hour, int minute) {
    return DAY.atTime(hour, minute).atZone(WITA).toInstant();
  }

  @Test
  void beforeTheSessionCountsFromItsStartInTheBranchZone() {
    assertEquals(wita(12, 0), QueueEstimate.estimate(DAY, B, WITA, wita(7, 30), 12, TEN));
    assertEquals(wita(10, 0), QueueEstimate.estimate(DAY, B, WITA, wita(7, 30), 0, TEN));
  }

  @Test
  void duringTheSessionCountsFromNowRoundedUpToFiveMinutes() {
    assertEquals(wita(11, 5), QueueEstimate.estimate(DAY, B, WITA, wita(10, 42), 2, TEN));
    assertEquals(
        wita(11, 5),
        QueueEstimate.estimate(DAY, B, WITA, wita(10, 40).plusSeconds(1), 2, TEN),
        "a second past a full minute rounds up");
    assertEquals(wita(10, 40), QueueEstimate.estimate(DAY, B, WITA, wita(10, 40), 0, TEN));
  }

  @Test
  void anUnknownSessionStartCountsFromNow() {
    assertEquals(wita(9, 30), QueueEstimate.estimate(DAY, null, WITA, wita(9, 0), 3, TEN));
  }
}
