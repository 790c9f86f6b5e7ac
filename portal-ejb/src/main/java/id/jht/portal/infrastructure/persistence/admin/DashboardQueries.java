package id.jht.portal.infrastructure.persistence.admin;

import id.jht.portal.application.admin.DashboardFigures;
import id.jht.portal.application.admin.DashboardFigures.BranchQuotaUse;
import id.jht.portal.application.admin.DashboardFigures.DayCount;
import id.jht.portal.application.admin.DashboardFigures.ReasonCount;
import id.jht.portal.application.admin.DashboardFigures.WaitingBucket;
import id.jht.portal.application.schedule.WorkingDays;
import id.jht.portal.infrastructure.persistence.SqlValues;
import id.jht.portal.infrastructure.persistence.schedule.JdbcHolidayCalendar;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's aggregates in portable SQL (MySQL 8, MariaDB 10.11, H2), on one connection.
 * Ranges are of service days: bookings are counted for the day they are for, which every database
 * can group by without time-zone arithmetic.
 */
final class DashboardQueries {

  /** Upper bounds of the waiting bands in minutes, one per band but the last, which is open. */
  static final long[] BAND_LIMITS = {24 * 60, 2 * 24 * 60, 3 * 24 * 60, 5 * 24 * 60, 7 * 24 * 60};

  private static final String[] BANDS = DashboardFigures.WAITING_BANDS;

  private final Connection c;

  DashboardQueries(Connection connection) {
    this.c = connection;
  }

  DashboardFigures figures(LocalDate from, LocalDate to) throws SQLException {
    return new DashboardFigures(
        from,
        to,
        bookingsPerDay(from, to),
        quotaUse(from, to),
        claimsByReason(from, to),
        waitingTimes(from, to),
        averageWaitMinutes(from, to));
  }

  List<DayCount> bookingsPerDay(LocalDate from, LocalDate to) throws SQLException {
    Map<LocalDate, Long> counts = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT service_date, COUNT(*) FROM queue_ticket WHERE service_date BETWEEN ? AND ?"
                + " AND status <> 'RESCHEDULED' GROUP BY service_date")) {
      bindRange(ps, from, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.put(SqlValues.date(rs.getObject(1)), rs.getLong(2));
        }
      }
    }
    List<DayCount> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      days.add(new DayCount(d, counts.getOrDefault(d, 0L)));
    }
    return days;
  }

  List<BranchQuotaUse> quotaUse(LocalDate from, LocalDate to) throws SQLException {
    Map<Long, String[]> branches = new LinkedHashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT id, code, name, active FROM branch_office ORDER BY code");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        branches.put(
            rs.getLong(1),
            new String[] {rs.getString(2), rs.getString(3), String.valueOf(rs.getBoolean(4))});
      }
    }
    Map<Long, Map<String, Integer>> defaults = new HashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT branch_id, session_code, default_quota FROM service_session");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        defaults
            .computeIfAbsent(rs.getLong(1), b -> new HashMap<>())
            .put(rs.getString(2).trim(), rs.getInt(3));
      }
    }
    Map<String, Integer> overrides = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT branch_id, service_date, session_code, quota FROM quota_override"
                + " WHERE service_date BETWEEN ? AND ?")) {
      bindRange(ps, from, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          overrides.put(
              key(rs.getLong(1), SqlValues.date(rs.getObject(2)), rs.getString(3).trim()),
              rs.getInt(4));
        }
      }
    }
    Map<Long, Long> issued = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT branch_id, SUM(issued) FROM queue_counter WHERE service_date BETWEEN ? AND ?"
                + " GROUP BY branch_id")) {
      bindRange(ps, from, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          issued.put(rs.getLong(1), rs.getLong(2));
        }
      }
    }
    WorkingDays workingDays = new WorkingDays(new JdbcHolidayCalendar(c).datesBetween(from, to));
    List<LocalDate> days =
        workingDays.between(
            from, to, (int) java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1);
    List<BranchQuotaUse> result = new ArrayList<>();
    for (Map.Entry<Long, String[]> b : branches.entrySet()) {
      long branchIssued = issued.getOrDefault(b.getKey(), 0L);
      if (!Boolean.parseBoolean(b.getValue()[2]) && branchIssued == 0) {
        continue;
      }
      long quota = 0;
      for (Map.Entry<String, Integer> session :
          defaults.getOrDefault(b.getKey(), Map.of()).entrySet()) {
        for (LocalDate d : days) {
          quota += overrides.getOrDefault(key(b.getKey(), d, session.getKey()), session.getValue());
        }
      }
      result.add(new BranchQuotaUse(b.getValue()[0], b.getValue()[1], quota, branchIssued));
    }
    return result;
  }

  List<ReasonCount> claimsByReason(LocalDate from, LocalDate to) throws SQLException {
    List<ReasonCount> result = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT reason, COUNT(*) FROM claim WHERE service_date BETWEEN ? AND ?"
                + " AND reason IS NOT NULL GROUP BY reason ORDER BY reason")) {
      bindRange(ps, from, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.add(new ReasonCount(rs.getString(1), rs.getLong(2)));
        }
      }
    }
    return result;
  }

  List<WaitingBucket> waitingTimes(LocalDate from, LocalDate to) throws SQLException {
    StringBuilder band = new StringBuilder("CASE");
    for (int i = 0; i < BAND_LIMITS.length; i++) {
      band.append(" WHEN TIMESTAMPDIFF(MINUTE, created_at, called_at) < ")
          .append(BAND_LIMITS[i])
          .append(" THEN ")
          .append(i);
    }
    band.append(" ELSE ").append(BAND_LIMITS.length).append(" END");
    long[] counts = new long[BANDS.length];
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT band, COUNT(*) FROM (SELECT "
                + band
                + " AS band FROM queue_ticket WHERE called_at IS NOT NULL"
                + " AND service_date BETWEEN ? AND ?) waits GROUP BY band")) {
      bindRange(ps, from, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts[rs.getInt(1)] = rs.getLong(2);
        }
      }
    }
    List<WaitingBucket> result = new ArrayList<>();
    for (int i = 0; i < BANDS.length; i++) {
      result.add(new WaitingBucket(BANDS[i], counts[i]));
    }
    return result;
  }

  Double averageWaitMinutes(LocalDate from, LocalDate to) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT AVG(TIMESTAMPDIFF(MINUTE, created_at, called_at)) FROM queue_ticket"
                + " WHERE called_at IS NOT NULL AND service_date BETWEEN ? AND ?")) {
      bindRange(ps, from, to);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        Object value = rs.getObject(1);
        return value == null ? null : ((Number) value).doubleValue();
      }
    }
  }

  private static void bindRange(PreparedStatement ps, LocalDate from, LocalDate to)
      throws SQLException {
    ps.setDate(1, Date.valueOf(from));
    ps.setDate(2, Date.valueOf(to));
  }

  private static String key(long branchId, LocalDate date, String session) {
    return branchId + "|" + date + "|" + session;
  }
}
