package id.jht.portal.application.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.infrastructure.persistence.schedule.JdbcBranchSchedules;
import id.jht.portal.infrastructure.persistence.schedule.JdbcHolidayCalendar;
import id.jht.portal.testsupport.MigratedH2;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The calendar read from the migrated schema (H2, with the preloaded 2026-2027 holidays). */
class ServiceCalendarTest {

  private Connection c;
  private ServiceCalendar calendar;
  private BranchOffice denpasar;

  @BeforeEach
  void database() throws SQLException {
    c = MigratedH2.openInMemory("calendar");
    try (Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO branch_office (id, code, name, address, city, province, time_zone,"
              + " latitude, longitude, active, version) VALUES (7, 'DPS', 'Denpasar',"
              + " 'Jl. Raya Puputan No. 60', 'Denpasar', 'Bali', 'Asia/Makassar', -8.672, 115.234,"
              + " TRUE, 1)");
      s.executeUpdate(
          "INSERT INTO service_session (branch_id, session_code, start_time, end_time,"
              + " default_quota, version) VALUES (7, 'A', '08:00:00', '10:00:00', 40, 1),"
              + " (7, 'B', '10:00:00', '12:00:00', 40, 1)");
      s.executeUpdate(
          "INSERT INTO quota_override (branch_id, service_date, session_code, quota)"
              + " VALUES (7, '2026-11-23', 'B', 100)");
      s.executeUpdate(
          "INSERT INTO queue_counter (branch_id, service_date, session_code, issued)"
              + " VALUES (7, '2026-11-23', 'A', 38), (7, '2026-11-23', 'B', 100)");
    }
    calendar = new ServiceCalendar(new JdbcBranchSchedules(c), new JdbcHolidayCalendar(c));
    denpasar = calendar.branch("dps").orElseThrow();
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  @Test
  void readsTheBranchWithItsTimeZone() {
    assertEquals(7, denpasar.getId());
    assertEquals(ZoneId.of("Asia/Makassar"), denpasar.getZoneId());
  }

  @Test
  void sessionsShowQuotaOverrideIssuedAndRemaining() throws SQLException {
    List<SessionAvailability> monday = calendar.sessions(denpasar, LocalDate.of(2026, 11, 23));
    assertEquals(2, monday.size());
    assertEquals(new SessionAvailability("A", time("08:00"), time("10:00"), 40, 38), monday.get(0));
    assertEquals(2, monday.get(0).remaining());
    assertEquals(100, monday.get(1).quota(), "the override wins");
    assertFalse(monday.get(1).hasRoom());

    SessionAvailability tuesdayB =
        calendar.session(denpasar, LocalDate.of(2026, 11, 24), "B").orElseThrow();
    assertEquals(40, tuesdayB.quota(), "no override, no counter: default quota, none issued");
    assertEquals(0, tuesdayB.issued());
  }

  @Test
  void holidaysFromTheMigrationAreNotWorkingDays() throws SQLException {
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 8, 17)), "Independence Day, a Monday");
    assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 8, 18)));
    assertEquals(
        List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29)),
        calendar.nextWorkingDays(denpasar, LocalDate.of(2026, 12, 24), 3));
    assertEquals(
        ServiceCalendar.DEFAULT_DAYS,
        calendar.nextWorkingDays(denpasar, LocalDate.of(2026, 12, 24)).size());
  }

  /** 23:30 WIB on Sunday is 00:30 on Monday in Denpasar (WITA): Monday is today, not bookable. */
  @Test
  void bookableDaysStartTomorrowInTheBranchsZone() throws SQLException {
    Instant now = Instant.parse("2026-11-22T16:30:00Z");
    assertEquals(LocalDate.of(2026, 11, 24), calendar.bookableDays(denpasar, now, 1).get(0));
    assertFalse(calendar.isBookable(denpasar, LocalDate.of(2026, 11, 23), now));
    assertTrue(calendar.isBookable(denpasar, LocalDate.of(2026, 11, 24), now));
  }

  private static java.time.LocalTime time(String hhmm) {
    return java.time.LocalTime.parse(hhmm);
  }
}
