package id.jht.portal.application.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  private static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

  private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);
  private final WorkingDays days = new WorkingDays(List.of(CHRISTMAS));

  @Test
  void mondayToFridayAreWorkingDaysExceptHolidays() {
    assertTrue(days.isWorkingDay(LocalDate.of(2026, 12, 21)), "Monday");
    assertTrue(days.isWorkingDay(LocalDate.of(2026, 12, 24)), "Thursday");
    assertFalse(days.isWorkingDay(CHRISTMAS), "Friday, Christmas");
    assertFalse(days.isWorkingDay(LocalDate.of(2026, 12, 26)), "Saturday");
    assertFalse(days.isWorkingDay(LocalDate.of(2026, 12, 27)), "Sunday");
  }

  @Test
  void theNextWorkingDaysSkipWeekendsAndHolidays() {
    assertEquals(
        List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29)),
        days.between(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 31), 3));
  }

  /**
   * Sunday 22 November 2026, 16:30 UTC: still Sunday 23:30 in WIB, but already Monday 00:30 in WITA
   * and 01:30 in WIT. The first bookable day is the branch's tomorrow.
   */
  @Test
  void aroundMidnightEachZoneHasItsOwnToday() {
    Instant now = Instant.parse("2026-11-22T16:30:00Z");
    assertEquals(LocalDate.of(2026, 11, 22), WorkingDays.today(WIB, now));
    assertEquals(LocalDate.of(2026, 11, 23), WorkingDays.today(WITA, now));
    assertEquals(LocalDate.of(2026, 11, 23), WorkingDays.today(WIT, now));

    assertEquals(LocalDate.of(2026, 11, 23), WorkingDays.firstBookableDay(WIB, now));
    assertEquals(LocalDate.of(2026, 11, 24), WorkingDays.firstBookableDay(WITA, now));
    assertEquals(LocalDate.of(2026, 11, 24), WorkingDays.firstBookableDay(WIT, now));
  }

  /** Thursday 24 December 2026, 15:30 UTC: 22:30 WIB (Thursday), 00:30 WIT (Friday, Christmas). */
  @Test
  void beforeAHolidayWeekendTheNextBookableDayIsTheFollowingMonday() {
    Instant now = Instant.parse("2026-12-24T15:30:00Z");
    LocalDate wibFirst = WorkingDays.firstBookableDay(WIB, now);
    LocalDate witFirst = WorkingDays.firstBookableDay(WIT, now);
    assertEquals(CHRISTMAS, wibFirst);
    assertEquals(
        List.of(LocalDate.of(2026, 12, 28)), days.between(wibFirst, wibFirst.plusDays(30), 1));
    assertEquals(LocalDate.of(2026, 12, 26), witFirst);
    assertEquals(
        List.of(LocalDate.of(2026, 12, 28)), days.between(witFirst, witFirst.plusDays(30), 1));
  }
}
