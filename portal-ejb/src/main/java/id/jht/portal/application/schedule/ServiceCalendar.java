package id.jht.portal.application.schedule;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A branch's service calendar read from the database on one connection: working days (Monday to
 * Friday in the branch's zone, not in table {@code holiday}), and per session and date the quota
 * ({@code quota_override} if present, else {@code service_session.default_quota}), the places taken
 * ({@code queue_counter.issued} minus those given back by reschedules and cancellations, 0 without
 * a row) and so the room left.
 *
 * <p>Bound to a connection rather than a data source so that it reads inside the caller's
 * transaction: the container's JTA transaction or a plain JDBC test's. Its reads are not locking;
 * {@code TicketAllocator} locks what it decides on.
 */
public final class ServiceCalendar {

  /** How many working days a participant is offered by default. */
  public static final int DEFAULT_DAYS = 10;

  /** A search for working days gives up beyond this (a year of holidays would be a data error). */
  private static final int MAX_SEARCH_DAYS = 366;

  private static final String BRANCH_COLUMNS =
      "id, code, name, address, city, province, time_zone, latitude, longitude, active";

  private final Connection connection;

  public ServiceCalendar(Connection connection) {
    this.connection = connection;
  }

  public Optional<Branch> branch(long id) throws SQLException {
    return oneBranch("SELECT " + BRANCH_COLUMNS + " FROM branch_office WHERE id = ?", id);
  }

  public Optional<Branch> branch(String code) throws SQLException {
    if (code == null) {
      return Optional.empty();
    }
    return oneBranch(
        "SELECT " + BRANCH_COLUMNS + " FROM branch_office WHERE code = ?",
        code.trim().toUpperCase());
  }

  /** Other active branches in the same city or province as {@code branch}, nearest first. */
  public List<Branch> neighbours(Branch branch) throws SQLException {
    List<Branch> found = new ArrayList<>();
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT "
                + BRANCH_COLUMNS
                + " FROM branch_office WHERE active = TRUE AND id <> ?"
                + " AND (city = ? OR province = ?) ORDER BY id")) {
      ps.setLong(1, branch.id());
      ps.setString(2, branch.city());
      ps.setString(3, branch.province());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(toBranch(rs));
        }
      }
    }
    found.sort(Comparator.comparingDouble(branch::distanceKm).thenComparing(Branch::code));
    return found;
  }

  public boolean isWorkingDay(LocalDate date) throws SQLException {
    return workingDays(date, date).isWorkingDay(date);
  }

  /**
   * The first {@code count} working days on or after {@code from} at {@code branch}. Holidays are
   * national today; the branch is a parameter so that branch closures can join the rule later
   * without changing callers.
   */
  public List<LocalDate> nextWorkingDays(Branch branch, LocalDate from, int count)
      throws SQLException {
    if (count <= 0) {
      return List.of();
    }
    LocalDate until = from.plusDays(MAX_SEARCH_DAYS);
    return workingDays(from, until).between(from, until, count);
  }

  public List<LocalDate> nextWorkingDays(Branch branch, LocalDate from) throws SQLException {
    return nextWorkingDays(branch, from, DEFAULT_DAYS);
  }

  /** The days a participant can choose now: from tomorrow in the branch's zone. */
  public List<LocalDate> bookableDays(Branch branch, Instant now, int count) throws SQLException {
    return nextWorkingDays(branch, WorkingDays.firstBookableDay(branch.zone(), now), count);
  }

  /** Whether {@code date} can be booked at {@code now}: a working day, tomorrow or later. */
  public boolean isBookable(Branch branch, LocalDate date, Instant now) throws SQLException {
    return !date.isBefore(WorkingDays.firstBookableDay(branch.zone(), now)) && isWorkingDay(date);
  }

  /** The branch's sessions on {@code date}, in session-code order, with quota and issued. */
  public List<SessionAvailability> sessions(Branch branch, LocalDate date) throws SQLException {
    return sessions(branch.id(), date, null);
  }

  public Optional<SessionAvailability> session(Branch branch, LocalDate date, String sessionCode)
      throws SQLException {
    if (sessionCode == null) {
      return Optional.empty();
    }
    return sessions(branch.id(), date, sessionCode).stream().findFirst();
  }

  private List<SessionAvailability> sessions(long branchId, LocalDate date, String onlyCode)
      throws SQLException {
    String sql =
        "SELECT s.session_code, s.start_time, s.end_time,"
            + " COALESCE(q.quota, s.default_quota), COALESCE(c.issued - c.released, 0)"
            + " FROM service_session s"
            + " LEFT JOIN quota_override q ON q.branch_id = s.branch_id"
            + "   AND q.session_code = s.session_code AND q.service_date = ?"
            + " LEFT JOIN queue_counter c ON c.branch_id = s.branch_id"
            + "   AND c.session_code = s.session_code AND c.service_date = ?"
            + " WHERE s.branch_id = ?"
            + (onlyCode == null ? "" : " AND s.session_code = ?")
            + " ORDER BY s.session_code";
    List<SessionAvailability> result = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setDate(1, Date.valueOf(date));
      ps.setDate(2, Date.valueOf(date));
      ps.setLong(3, branchId);
      if (onlyCode != null) {
        ps.setString(4, onlyCode);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.add(
              new SessionAvailability(
                  rs.getString(1).trim(),
                  rs.getObject(2, LocalTime.class),
                  rs.getObject(3, LocalTime.class),
                  rs.getInt(4),
                  rs.getInt(5)));
        }
      }
    }
    return result;
  }

  private WorkingDays workingDays(LocalDate from, LocalDate until) throws SQLException {
    List<LocalDate> holidays = new ArrayList<>();
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT holiday_date FROM holiday WHERE holiday_date BETWEEN ? AND ?")) {
      ps.setDate(1, Date.valueOf(from));
      ps.setDate(2, Date.valueOf(until));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          holidays.add(rs.getObject(1, LocalDate.class));
        }
      }
    }
    return new WorkingDays(holidays);
  }

  private Optional<Branch> oneBranch(String sql, Object key) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setObject(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(toBranch(rs)) : Optional.empty();
      }
    }
  }

  private static Branch toBranch(ResultSet rs) throws SQLException {
    return new Branch(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        ZoneId.of(rs.getString(7)),
        rs.getBigDecimal(8).doubleValue(),
        rs.getBigDecimal(9).doubleValue(),
        rs.getBoolean(10));
  }
}
