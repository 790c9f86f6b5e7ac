package id.jht.portal.application.pendingclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbandonmentRulesTest {

  private static final AbandonmentRules DEFAULTS =
      new AbandonmentRules(Duration.ofMinutes(30), Duration.ofDays(14), Duration.ofDays(2));
  private static final Instant NOON = Instant.parse("2026-03-02T05:00:00Z");

  @Test
  void aDraftIsAbandonedAfterExactlyThirtyMinutesWithoutActivity() {
    assertFalse(DEFAULTS.isAbandoned(NOON, NOON.plus(Duration.ofMinutes(29).plusSeconds(59))));
    assertTrue(DEFAULTS.isAbandoned(NOON, NOON.plus(Duration.ofMinutes(30))));
    assertEquals(Instant.parse("2026-03-02T04:30:00Z"), DEFAULTS.idleCutoff(NOON));
  }

  @Test
  void fractionsOfSecondsAreIgnoredAsTheDatabaseIgnoresThem() {
    Instant withNanos = NOON.plusNanos(900_000_000);
    assertEquals(Instant.parse("2026-03-02T04:30:00Z"), DEFAULTS.idleCutoff(withNanos));
    assertEquals(Instant.parse("2026-03-16T05:00:00Z"), DEFAULTS.expiresAt(withNanos));
  }

  @Test
  void aRecordExpiresFourteenDaysAfterItWasCreated() {
    Instant expires = DEFAULTS.expiresAt(NOON);
    assertEquals(Instant.parse("2026-03-16T05:00:00Z"), expires);
    assertFalse(DEFAULTS.isExpired(expires, expires.minusSeconds(1)));
    assertTrue(DEFAULTS.isExpired(expires, expires));
  }

  @Test
  void theReminderIsDueInTheLastTwoDaysBeforeExpiryOnly() {
    Instant expires = DEFAULTS.expiresAt(NOON);
    assertFalse(DEFAULTS.isReminderDue(expires, expires.minus(Duration.ofDays(2)).minusSeconds(1)));
    assertTrue(DEFAULTS.isReminderDue(expires, expires.minus(Duration.ofDays(2))));
    assertTrue(DEFAULTS.isReminderDue(expires, expires.minusSeconds(1)));
    assertFalse(DEFAULTS.isReminderDue(expires, expires), "at expiry the expiry mail goes instead");
  }

  @Test
  void scanningCoversFromTheMarkToTheCutoffInStretchesOfAtMostAnHour() {
    Instant mark = NOON.minus(Duration.ofMinutes(30 + 150));
    List<AbandonmentRules.Window> windows = DEFAULTS.scanWindows(mark, NOON, 10);
    assertEquals(3, windows.size());
    assertEquals(mark, windows.get(0).fromExclusive());
    assertEquals(mark.plus(Duration.ofHours(1)), windows.get(0).toInclusive());
    assertEquals(windows.get(0).toInclusive(), windows.get(1).fromExclusive());
    assertEquals(DEFAULTS.idleCutoff(NOON), windows.get(2).toInclusive());
  }

  @Test
  void aRunCatchesUpOnlyAsManyStretchesAsAllowed() {
    Instant mark = NOON.minus(Duration.ofDays(3));
    List<AbandonmentRules.Window> windows = DEFAULTS.scanWindows(mark, NOON, 24);
    assertEquals(24, windows.size());
    assertEquals(mark.plus(Duration.ofHours(24)), windows.get(23).toInclusive());
  }

  @Test
  void nothingIsScannedWhenTheMarkHasReachedTheCutoff() {
    assertTrue(DEFAULTS.scanWindows(DEFAULTS.idleCutoff(NOON), NOON, 24).isEmpty());
    assertTrue(DEFAULTS.scanWindows(NOON, NOON, 24).isEmpty());
  }

  @Test
  void durationsMustMakeSense() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new AbandonmentRules(Duration.ZERO, Duration.ofDays(14), Duration.ofDays(2)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AbandonmentRules(Duration.ofMinutes(30), Duration.ZERO, Duration.ofDays(2)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new AbandonmentRules(Duration.ofMinutes(30), Duration.ofDays(14), Duration.ofDays(-1)));
  }
}
