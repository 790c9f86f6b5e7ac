package id.jht.portal.domain.model.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NoShowRuleTest {

  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  private static final LocalTime TEN = LocalTime.of(10, 0);

  @Test
  void refusedOnTheDaysBeforeTheServiceDay() {
    Instant fridayNoon = Instant.parse("2026-11-20T04:00:00Z");
    assertEquals(
        "queue.noShow.beforeDay",
        NoShowRule.refusal(MONDAY, TEN, WITA, fridayNoon).orElseThrow().key());
  }

  @Test
  void refusedOnTheServiceDayBeforeTheSessionBeginsInTheBranchZone() {
    // 09.59 WITA is 01.59 UTC (and already 08.59 in WIB).
    Instant justBefore = Instant.parse("2026-11-23T01:59:00Z");
    var refusal = NoShowRule.refusal(MONDAY, TEN, WITA, justBefore).orElseThrow();
    assertEquals("queue.noShow.beforeSession", refusal.key());
    assertEquals("10:00", refusal.args().get(0));
    assertEquals("WITA", refusal.args().get(1));
  }

  @Test
  void allowedOnceTheSessionHasBegun() {
    assertTrue(
        NoShowRule.refusal(MONDAY, TEN, WITA, Instant.parse("2026-11-23T02:00:00Z")).isEmpty());
    assertTrue(
        NoShowRule.refusal(MONDAY, TEN, WITA, Instant.parse("2026-11-23T15:59:00Z")).isEmpty());
  }

  @Test
  void refusedAfterTheServiceDay() {
    // 00.00 WITA on Tuesday.
    assertEquals(
        "queue.noShow.afterDay",
        NoShowRule.refusal(MONDAY, TEN, WITA, Instant.parse("2026-11-23T16:00:00Z"))
            .orElseThrow()
            .key());
  }

  @Test
  void aSessionWithoutAKnownStartBeginsWithTheDay() {
    assertTrue(
        NoShowRule.refusal(MONDAY, null, WITA, Instant.parse("2026-11-22T16:00:00Z")).isEmpty());
  }
}
