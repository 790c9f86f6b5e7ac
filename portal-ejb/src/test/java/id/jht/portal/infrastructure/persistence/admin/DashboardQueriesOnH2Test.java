package id.jht.portal.infrastructure.persistence.admin;

import static id.jht.portal.application.admin.AdminH2.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.jht.portal.application.admin.AdminH2;
import id.jht.portal.application.admin.DashboardFigures;
import id.jht.portal.application.admin.DashboardFigures.BranchQuotaUse;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's SQL on the embedded database, the one the default run uses. */
class DashboardQueriesOnH2Test {

  /** Monday 2 March 2026 to Sunday 8 March 2026: five working days, no national holiday. */
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  private static final LocalDate SUNDAY = LocalDate.of(2026, 3, 8);

  private static Connection c;

  @BeforeAll
  static void data() throws Exception {
    c = AdminH2.migratedWithBranches("h2-dashboard");
    execute(
        c,
        "INSERT INTO service_session (branch_id, session_code, start_time, end_time,"
            + " default_quota, version) VALUES (1, 'A', '08:00:00', '10:00:00', 10, 1),"
            + " (1, 'B', '10:00:00', '12:00:00', 10, 1), (2, 'A', '08:00:00', '10:00:00', 5, 1)");
    execute(
        c,
        "INSERT INTO quota_override (branch_id, service_date, session_code, quota)"
            + " VALUES (1, '2026-03-03', 'A', 30)");
    execute(
        c,
        "INSERT INTO queue_counter (branch_id, service_date, session_code, issued)"
            + " VALUES (1, '2026-03-03', 'A', 3), (2, '2026-03-04', 'A', 1)");
    execute(
        c,
        "INSERT INTO participant (id, nik, full_name, birth_place, birth_date, gender,"
            + " mother_maiden_name, home_branch_id, failed_attempts, version) VALUES"
            + " (1, '3173011501900001', 'Budi', 'Jakarta', '1990-01-15', 'M', 'Siti', 1, 0, 1)");
    execute(
        c,
        "INSERT INTO membership (id, participant_id, kpj, employer_name, membership_start,"
            + " status, balance, partial_other_taken, partial_housing_taken, version) VALUES"
            + " (1, 1, '12345678901', 'PT', '2015-01-01', 'NON_ACTIVE', 1000, FALSE, FALSE, 1)");
    for (int i = 1; i <= 4; i++) {
      execute(
          c,
          "INSERT INTO claim (id, participant_id, membership_id, status, step_reached, reason,"
              + " branch_id, service_date, session_code, declaration_accepted, created_at,"
              + " last_activity_at, abandon_count, version) VALUES ("
              + i
              + ", 1, 1, 'QUEUED', 6, '"
              + (i == 4 ? "TERMINATION" : "RESIGNATION")
              + "', 1, '2026-03-03', 'A', TRUE, '2026-03-01 01:00:00', '2026-03-01 01:00:00', 0,"
              + " 1)");
    }
    ticket(1, "2026-03-03", "WAITING", "2026-03-01 01:00:00", null);
    ticket(2, "2026-03-03", "CALLED", "2026-03-01 01:00:00", "2026-03-03 02:00:00");
    ticket(3, "2026-03-03", "RESCHEDULED", "2026-03-01 01:00:00", null);
    ticket(4, "2026-03-05", "SERVED", "2026-03-04 20:00:00", "2026-03-05 01:00:00");
  }

  private static void ticket(int id, String day, String status, String created, String called)
      throws Exception {
    execute(
        c,
        "INSERT INTO queue_ticket (id, claim_id, branch_id, service_date, session_code,"
            + " sequence_no, ticket_number, booking_code, status, created_at, called_at, version)"
            + " VALUES ("
            + id
            + ", "
            + id
            + ", 1, '"
            + day
            + "', 'A', "
            + id
            + ", 'JSL-T"
            + id
            + "', 'CODE"
            + id
            + "', '"
            + status
            + "', '"
            + created
            + "', "
            + (called == null ? "NULL" : "'" + called + "'")
            + ", 1)");
  }

  @AfterAll
  static void close() throws Exception {
    c.close();
  }

  @Test
  void bookingsAreCountedPerServiceDayWithEveryDayOfTheRange() throws Exception {
    DashboardFigures f = new DashboardQueries(c).figures(MONDAY, SUNDAY);

    assertEquals(7, f.bookingsPerDay().size());
    assertEquals(0, f.bookingsPerDay().get(0).count());
    assertEquals(2, f.bookingsPerDay().get(1).count(), "the rescheduled ticket moved away");
    assertEquals(1, f.bookingsPerDay().get(3).count());
  }

  @Test
  void quotaUseSumsSessionsOverWorkingDaysWithOverrides() throws Exception {
    List<BranchQuotaUse> use = new DashboardQueries(c).figures(MONDAY, SUNDAY).quotaUse();

    // JSL: sessions A and B of 10 over 5 days = 100, with A on Tuesday 30 instead of 10 = 120.
    assertEquals(new BranchQuotaUse("JSL", "Jakarta Salemba", 120, 3), use.get(0));
    assertEquals(new BranchQuotaUse("SDA", "Sidoarjo", 25, 1), use.get(1));
    assertEquals(4, use.get(1).percent());
  }

  @Test
  void claimsAreCountedByReason() throws Exception {
    DashboardFigures f = new DashboardQueries(c).figures(MONDAY, SUNDAY);

    assertEquals(
        List.of(
            new DashboardFigures.ReasonCount("RESIGNATION", 3),
            new DashboardFigures.ReasonCount("TERMINATION", 1)),
        f.claimsByReason());
  }

  @Test
  void waitingTimesFallIntoBandsFromBookingToCall() throws Exception {
    DashboardFigures f = new DashboardQueries(c).figures(MONDAY, SUNDAY);

    // Ticket 2 waited 2 days 1 hour, ticket 4 five hours.
    assertEquals(1, f.waitingTimes().get(0).count());
    assertEquals("UNDER_1_DAY", f.waitingTimes().get(0).band());
    assertEquals(1, f.waitingTimes().get(2).count());
    assertEquals(6, f.waitingTimes().size());
    assertEquals((2 * 24 * 60 + 60 + 5 * 60) / 2.0, f.averageWaitMinutes(), 0.01);
  }

  @Test
  void aRangeWithoutCallsHasNoAverage() throws Exception {
    assertNull(new DashboardQueries(c).figures(SUNDAY, SUNDAY).averageWaitMinutes());
  }
}
