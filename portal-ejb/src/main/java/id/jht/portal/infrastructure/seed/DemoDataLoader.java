package id.jht.portal.infrastructure.seed;

import id.jht.portal.domain.model.staff.StaffPasswords;
import id.jht.portal.domain.shared.Digests;
import id.jht.portal.infrastructure.demo.BranchSeed;
import id.jht.portal.infrastructure.demo.DemoDataset;
import id.jht.portal.infrastructure.demo.MembershipSeed;
import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.infrastructure.demo.StaffSeed;
import id.jht.portal.infrastructure.persistence.DatabaseMigrator;
import id.jht.portal.infrastructure.persistence.DatabaseUrl;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data set on first start, when enabled: by default only on the embedded database,
 * never on a configured production database unless forced with {@code PORTAL_DEMO_ENABLED=true}
 * (the integration tests do). The {@code init_marker} row, inserted in the same transaction, makes
 * the load happen once even when several nodes start together.
 *
 * <p>Plain JDBC batches: 2,000+ participants load in about a second instead of thousands of
 * single-row round trips.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {

  public static final String DEMO_CHANNEL_CODE = "jmo-demo";
  public static final String DEMO_CHANNEL_KEY = "demo-jmo-key";
  private static final String MARKER = "demo-data";
  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Inject StaffPasswords passwords;

  @Inject
  @ConfigProperty(name = "portal.demo.enabled", defaultValue = "auto")
  String enabled;

  @Inject
  @ConfigProperty(name = "portal.db.url")
  String databaseUrl;

  /** Default quota of each session (A, B, C) of each demo branch. */
  @Inject
  @ConfigProperty(name = "portal.demo.session-quota", defaultValue = "40")
  int sessionQuota;

  @PostConstruct
  void loadIfEnabled() {
    if (!isEnabled()) {
      return;
    }
    LocalDate today = LocalDate.now(WIB);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (!claimMarker(c)) {
          c.rollback();
          return;
        }
        DemoDataset data = DemoDataset.generate(today);
        Map<String, Long> branches = insertBranches(c, data);
        insertSessions(c, branches);
        insertParticipants(c, data, branches);
        insertStaff(c, data, branches, passwords);
        insertDemoChannel(c);
        c.commit();
        LOG.info(
            () ->
                "Demo data loaded: "
                    + data.branches().size()
                    + " branches, "
                    + data.participants().size()
                    + " participants, "
                    + data.staff().size()
                    + " staff accounts, API channel "
                    + DEMO_CHANNEL_CODE);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot load the demo data", e);
    }
  }

  boolean isEnabled() {
    if ("auto".equalsIgnoreCase(enabled.trim())) {
      try {
        return DatabaseUrl.parse(databaseUrl).vendor() == DatabaseUrl.Vendor.H2;
      } catch (SQLException e) {
        return false;
      }
    }
    return Boolean.parseBoolean(enabled.trim());
  }

  /** Inserts the marker row; false if another node (or an earlier start) already did. */
  private static boolean claimMarker(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO init_marker (name, done_at) VALUES (?, ?)")) {
      ps.setString(1, MARKER);
      ps.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).withNano(0)));
      ps.executeUpdate();
      return true;
    } catch (SQLIntegrityConstraintViolationException alreadyLoaded) {
      return false;
    } catch (SQLException e) {
      // H2 reports duplicate keys with SQLState 23505 but not always as the subclass above.
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false;
      }
      throw e;
    }
  }

  private static Map<String, Long> insertBranches(Connection c, DemoDataset data)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO branch_office (code, name, address, city, province, time_zone, latitude,"
                + " longitude, active, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, 1)")) {
      for (BranchSeed b : data.branches()) {
        ps.setString(1, b.code());
        ps.setString(2, b.name());
        ps.setString(3, b.address());
        ps.setString(4, b.city());
        ps.setString(5, b.province());
        ps.setString(6, b.timeZone());
        ps.setBigDecimal(7, java.math.BigDecimal.valueOf(b.latitude()));
        ps.setBigDecimal(8, java.math.BigDecimal.valueOf(b.longitude()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return ids(c, "SELECT code, id FROM branch_office");
  }

  private void insertSessions(Connection c, Map<String, Long> branches) throws SQLException {
    String[][] sessions = {
      {"A", "08:00", "10:00"}, {"B", "10:00", "12:00"}, {"C", "13:00", "15:00"}
    };
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO service_session (branch_id, session_code, start_time, end_time,"
                + " default_quota, version) VALUES (?, ?, ?, ?, ?, 1)")) {
      for (Long branchId : branches.values()) {
        for (String[] s : sessions) {
          ps.setLong(1, branchId);
          ps.setString(2, s[0]);
          ps.setTime(3, Time.valueOf(LocalTime.parse(s[1])));
          ps.setTime(4, Time.valueOf(LocalTime.parse(s[2])));
          ps.setInt(5, sessionQuota);
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private static void insertParticipants(Connection c, DemoDataset data, Map<String, Long> branches)
      throws SQLException {
    Timestamp lockedUntil =
        Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).withNano(0).plusHours(24));
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO participant (nik, full_name, birth_place, birth_date, gender,"
                + " mother_maiden_name, email, phone, home_branch_id, failed_attempts, locked_until,"
                + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      for (ParticipantSeed p : data.participants()) {
        ps.setString(1, p.nik());
        ps.setString(2, p.fullName());
        ps.setString(3, p.birthPlace());
        ps.setDate(4, Date.valueOf(p.birthDate()));
        ps.setString(5, p.gender());
        ps.setString(6, p.motherMaidenName());
        ps.setString(7, p.email());
        ps.setString(8, p.phone());
        ps.setLong(9, branches.get(p.homeBranchCode()));
        ps.setInt(10, p.locked() ? 0 : p.failedAttempts());
        ps.setTimestamp(11, p.locked() ? lockedUntil : null);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    Map<String, Long> participantIds = ids(c, "SELECT nik, id FROM participant");
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO membership (participant_id, kpj, employer_name, membership_start, status,"
                + " non_active_since, balance, partial_other_taken, partial_housing_taken, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      for (ParticipantSeed p : data.participants()) {
        for (MembershipSeed m : p.memberships()) {
          ps.setLong(1, participantIds.get(p.nik()));
          ps.setString(2, m.kpj());
          ps.setString(3, m.employerName());
          ps.setDate(4, Date.valueOf(m.membershipStart()));
          ps.setString(5, m.status());
          ps.setDate(6, m.nonActiveSince() == null ? null : Date.valueOf(m.nonActiveSince()));
          ps.setLong(7, m.balanceRupiah());
          ps.setBoolean(8, m.partialOtherTaken());
          ps.setBoolean(9, m.partialHousingTaken());
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private static void insertStaff(
      Connection c, DemoDataset data, Map<String, Long> branches, StaffPasswords hasher)
      throws SQLException {
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).withNano(0));
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO staff_account (username, full_name, password_hash, role, branch_id, email,"
                + " active, failed_logins, created_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, TRUE, 0, ?, 1)")) {
      for (StaffSeed s : data.staff()) {
        ps.setString(1, s.username());
        ps.setString(2, s.fullName());
        ps.setString(3, hasher.hash(s.demoPassword().toCharArray()));
        ps.setString(4, s.role());
        if (s.branchCode() == null) {
          ps.setNull(5, java.sql.Types.BIGINT);
        } else {
          ps.setLong(5, branches.get(s.branchCode()));
        }
        ps.setString(6, s.username() + "@jht-portal.example");
        ps.setTimestamp(7, now);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertDemoChannel(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO api_channel (code, display_name_id, display_name_en, key_hash, key_prefix,"
                + " requests_per_minute, active, created_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, 1)")) {
      ps.setString(1, DEMO_CHANNEL_CODE);
      ps.setString(2, "aplikasi JMO");
      ps.setString(3, "the JMO app");
      ps.setString(4, Digests.sha256Hex(DEMO_CHANNEL_KEY));
      ps.setString(5, DEMO_CHANNEL_KEY.substring(0, 4));
      ps.setInt(6, 600);
      ps.setTimestamp(7, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).withNano(0)));
      ps.executeUpdate();
    }
  }

  private static Map<String, Long> ids(Connection c, String sql) throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        ids.put(rs.getString(1), rs.getLong(2));
      }
    }
    return ids;
  }
}
