package id.jht.portal.infrastructure.persistence.schedule;

import id.jht.portal.application.schedule.BranchSchedules;
import id.jht.portal.application.schedule.SessionAvailability;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.infrastructure.persistence.JdbcRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Branches and their sessions from {@code branch_office}, {@code service_session}, {@code
 * quota_override} and {@code queue_counter}: the quota of a session on a date is its override if
 * present, else the session's default; the places taken are the counter's {@code issued -
 * released}, 0 without a row.
 */
@ApplicationScoped
public class JdbcBranchSchedules extends JdbcRepository implements BranchSchedules {

  private static final String BRANCH =
      "SELECT id, code, name, address, city, province, time_zone, latitude, longitude, active"
          + " FROM branch_office";

  protected JdbcBranchSchedules() {}

  /** On the caller's connection (tests, the bench). */
  public JdbcBranchSchedules(Connection connection) {
    super(connection);
  }

  @Override
  public Optional<BranchOffice> branch(long id) {
    return branches(BRANCH + " WHERE id = ?", id).stream().findFirst();
  }

  @Override
  public Optional<BranchOffice> branchByCode(String code) {
    return branches(BRANCH + " WHERE code = ?", code).stream().findFirst();
  }

  @Override
  public List<BranchOffice> activeBranches() {
    return branches(BRANCH + " WHERE active = TRUE ORDER BY code");
  }

  @Override
  public List<BranchOffice> activeInCityOrProvince(BranchOffice branch) {
    return branches(
        BRANCH + " WHERE active = TRUE AND id <> ? AND (city = ? OR province = ?) ORDER BY id",
        branch.getId(),
        branch.getCity(),
        branch.getProvince());
  }

  @Override
  public List<SessionAvailability> sessions(long branchId, LocalDate date, String onlyCode) {
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
    return run(
        "read the sessions",
        c -> {
          List<SessionAvailability> result = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(sql)) {
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
        });
  }

  private List<BranchOffice> branches(String sql, Object... keys) {
    return run(
        "read the branches",
        c -> {
          List<BranchOffice> found = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
              ps.setObject(i + 1, keys[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                found.add(branch(rs));
              }
            }
          }
          return found;
        });
  }

  private static BranchOffice branch(ResultSet rs) throws SQLException {
    return BranchOffice.detached(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        ZoneId.of(rs.getString(7)),
        rs.getBigDecimal(8),
        rs.getBigDecimal(9),
        rs.getBoolean(10));
  }
}
