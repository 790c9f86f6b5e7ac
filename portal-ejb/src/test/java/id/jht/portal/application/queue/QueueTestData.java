package id.jht.portal.application.queue;

import id.jht.portal.application.schedule.ServiceCalendar;
import id.jht.portal.infrastructure.persistence.JdbcStatements;
import id.jht.portal.infrastructure.persistence.queue.JdbcClaimTimeline;
import id.jht.portal.infrastructure.persistence.queue.JdbcQueueTickets;
import id.jht.portal.infrastructure.persistence.queue.JdbcSessionCounters;
import id.jht.portal.infrastructure.persistence.schedule.JdbcBranchSchedules;
import id.jht.portal.infrastructure.persistence.schedule.JdbcHolidayCalendar;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * Rows the queue tests need, inserted with plain JDBC on H2 or MariaDB: branches, sessions, and
 * participants each with a membership and an open claim (a ticket references its claim).
 */
final class QueueTestData {

  /** A participant with the claim a ticket will be issued to. */
  record Claimant(long participantId, long claimId) {}

  private static int nextPerson = 1;

  private QueueTestData() {}

  /** The calendar over the portal's own repositories, on the test's connection. */
  static ServiceCalendar calendar(Connection c) {
    return new ServiceCalendar(new JdbcBranchSchedules(c), new JdbcHolidayCalendar(c));
  }

  /** The allocator over the portal's own repositories, in the test's transaction on {@code c}. */
  static TicketAllocator allocator(Connection c) {
    return new TicketAllocator(
        new BookingCodeGenerator(),
        calendar(c),
        new JdbcSessionCounters(c),
        new JdbcQueueTickets(c));
  }

  /** The officers' actions over the portal's own repositories, on {@code c}. */
  static TicketCaller caller(Connection c) {
    return new TicketCaller(new JdbcQueueTickets(c), new JdbcClaimTimeline(c));
  }

  static void migrate(String url, String user, String password) {
    Flyway.configure().dataSource(url, user, password).load().migrate();
  }

  static long insertBranch(
      Connection c,
      String code,
      String city,
      String province,
      String zone,
      double latitude,
      double longitude)
      throws SQLException {
    return JdbcStatements.insert(
        c,
        "INSERT INTO branch_office (code, name, address, city, province, time_zone, latitude,"
            + " longitude, active, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, 1)",
        code,
        "Cabang " + code,
        "Jl. Uji No. 1",
        city,
        province,
        zone,
        java.math.BigDecimal.valueOf(latitude),
        java.math.BigDecimal.valueOf(longitude));
  }

  static void insertSession(Connection c, long branchId, String code, String start, int quota)
      throws SQLException {
    LocalTime from = LocalTime.parse(start);
    JdbcStatements.update(
        c,
        "INSERT INTO service_session (branch_id, session_code, start_time, end_time,"
            + " default_quota, version) VALUES (?, ?, ?, ?, ?, 1)",
        branchId,
        code,
        Time.valueOf(from),
        Time.valueOf(from.plusHours(2)),
        quota);
  }

  static void insertQuotaOverride(
      Connection c, long branchId, LocalDate date, String session, int quota) throws SQLException {
    JdbcStatements.update(
        c,
        "INSERT INTO quota_override (branch_id, service_date, session_code, quota)"
            + " VALUES (?, ?, ?, ?)",
        branchId,
        Date.valueOf(date),
        session,
        quota);
  }

  /** {@code count} participants, each with one membership and one open claim. */
  static List<Claimant> insertClaimants(Connection c, long homeBranchId, int count)
      throws SQLException {
    List<Claimant> claimants = new ArrayList<>(count);
    Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 11, 20, 3, 0));
    try (PreparedStatement person =
            c.prepareStatement(
                "INSERT INTO participant (nik, full_name, birth_place, birth_date, gender,"
                    + " mother_maiden_name, home_branch_id, failed_attempts, version)"
                    + " VALUES (?, ?, 'Sidoarjo', ?, 'P', 'Ibu Uji', ?, 0, 1)",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement membership =
            c.prepareStatement(
                "INSERT INTO membership (participant_id, kpj, employer_name, membership_start,"
                    + " status, balance, partial_other_taken, partial_housing_taken, version)"
                    + " VALUES (?, ?, 'PT Uji', ?, 'NON_ACTIVE', 1000000, FALSE, FALSE, 1)",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement claim =
            c.prepareStatement(
                "INSERT INTO claim (participant_id, membership_id, open_participant_id, status,"
                    + " step_reached, declaration_accepted, created_at, last_activity_at,"
                    + " abandon_count, version) VALUES (?, ?, ?, 'DRAFT', 6, TRUE, ?, ?, 0, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < count; i++) {
        int n = nextPerson++;
        person.setString(1, String.format("35150101%08d", n));
        person.setString(2, "Peserta Uji " + n);
        person.setDate(3, Date.valueOf(LocalDate.of(1970, 1, 1)));
        person.setLong(4, homeBranchId);
        person.executeUpdate();
        long participantId = generatedId(person);
        membership.setLong(1, participantId);
        membership.setString(2, String.format("9%010d", n));
        membership.setDate(3, Date.valueOf(LocalDate.of(2010, 1, 1)));
        membership.executeUpdate();
        long membershipId = generatedId(membership);
        claim.setLong(1, participantId);
        claim.setLong(2, membershipId);
        claim.setLong(3, participantId);
        claim.setTimestamp(4, now);
        claim.setTimestamp(5, now);
        claim.executeUpdate();
        claimants.add(new Claimant(participantId, generatedId(claim)));
      }
    }
    return claimants;
  }

  static int intValue(Connection c, String sql, Object... params) throws SQLException {
    List<Integer> values = ints(c, sql, params);
    if (values.size() != 1) {
      throw new IllegalStateException("expected one row, got " + values.size() + ": " + sql);
    }
    return values.get(0);
  }

  static List<Integer> ints(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i] instanceof LocalDate d ? Date.valueOf(d) : params[i]);
      }
      List<Integer> values = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getInt(1));
        }
      }
      return values;
    }
  }

  static String string(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static long generatedId(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
