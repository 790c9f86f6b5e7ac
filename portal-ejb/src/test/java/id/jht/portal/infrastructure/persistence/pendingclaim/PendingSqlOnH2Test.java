package id.jht.portal.infrastructure.persistence.pendingclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.application.pendingclaim.ReleaseCodes;
import id.jht.portal.infrastructure.persistence.SqlValues;
import id.jht.portal.testsupport.MigratedH2;
import id.jht.portal.testsupport.NumberedSql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every native statement of the registry on the embedded database (H2 2.2, MODE=LEGACY), after all
 * migrations including V4, with the parameters bound as the application binds them. The integration
 * tests run the same statements on MariaDB.
 */
class PendingSqlOnH2Test {

  private static final LocalDateTime T0 = LocalDateTime.parse("2026-03-02T05:00:00");
  private static Connection c;

  @BeforeAll
  static void migrateAndSeed() throws Exception {
    c = MigratedH2.openOnFile("h2-pending");
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO branch_office (id, code, name, address, city, province, time_zone,"
              + " latitude, longitude, active, version) VALUES (1, 'JSL', 'Jakarta Salemba', 'Jl',"
              + " 'Jakarta', 'DKI Jakarta', 'Asia/Jakarta', 0, 0, TRUE, 1)");
      s.execute(
          "INSERT INTO participant (id, nik, full_name, birth_place, birth_date, gender,"
              + " mother_maiden_name, email, home_branch_id, failed_attempts, version) VALUES (1,"
              + " '3173011501900001', 'Budi', 'Jakarta', '1990-01-15', 'M', 'Siti',"
              + " 'budi@example.id', 1, 0, 1)");
      s.execute(
          "INSERT INTO membership (id, participant_id, kpj, employer_name, membership_start,"
              + " status, balance, partial_other_taken, partial_housing_taken, version) VALUES (1,"
              + " 1, '12345678901', 'PT', '2015-01-01', 'NON_ACTIVE', 1000, FALSE, FALSE, 1)");
      s.execute(
          "INSERT INTO claim (id, participant_id, membership_id, open_participant_id, status,"
              + " step_reached, declaration_accepted, created_at, last_activity_at, abandon_count,"
              + " version) VALUES (10, 1, 1, 1, 'DRAFT', 2, FALSE, '2026-03-02 04:00:00',"
              + " '2026-03-02 04:10:00', 0, 1)");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    c.close();
  }

  @Test
  void theDetectorFindsLocksAndCountsOnH2() throws SQLException {
    assertEquals(
        List.of(10L), ids(PendingSql.draftsIdleIn(100), T0.minusHours(2), T0.minusMinutes(30), 0L));
    assertEquals(
        List.of(), ids(PendingSql.draftsIdleIn(100), T0.minusHours(2), T0.minusMinutes(30), 10L));
    assertEquals(List.of(), ids(PendingSql.draftsIdleIn(100), T0.minusMinutes(50), T0, 0L));
    assertEquals(
        java.time.Instant.parse("2026-03-02T04:10:00Z"),
        SqlValues.instant(rows(PendingSql.OLDEST_DRAFT_ACTIVITY).get(0)[0]));

    c.setAutoCommit(false);
    Object[] draft = rows(PendingSql.LOCK_DRAFT_ROW, 10L).get(0);
    assertEquals("DRAFT", draft[1]);
    assertEquals(1, update(PendingSql.SET_ABANDON_COUNT, 1, 10L));
    c.commit();
    c.setAutoCommit(true);
    assertEquals(List.of(10L), ids(PendingSql.OPEN_DRAFT_OF, 1L));
    Object[] holder = rows(PendingSql.HOLDER, 1L, 1L).get(0);
    assertEquals("3173011501900001", holder[0]);
    assertEquals("12345678901", holder[1]);
  }

  @Test
  void theWatermarkOnlyMovesForward() throws SQLException {
    String job = "test-job";
    assertTrue(rows(PendingSql.WATERMARK, job).isEmpty());
    assertEquals(0, update(PendingSql.ADVANCE_WATERMARK, T0, job));
    assertEquals(1, update(PendingSql.INSERT_WATERMARK, job, T0));
    assertThrows(SQLException.class, () -> update(PendingSql.INSERT_WATERMARK, job, T0));
    assertEquals(0, update(PendingSql.ADVANCE_WATERMARK, T0.minusHours(1), job));
    assertEquals(1, update(PendingSql.ADVANCE_WATERMARK, T0.plusHours(1), job));
    assertEquals(1, rows(PendingSql.WATERMARK, job).size());
  }

  @Test
  void recordsAreFoundForRemindersExpiryAndPages() throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO pending_claim (id, claim_id, abandon_no, participant_id, nik, kpj,"
              + " branch_id, status, created_at, expires_at, reminder_sent, version) VALUES (100,"
              + " 10, 7, 1, '3173011501900001', '12345678901', 1, 'OPEN', '2026-03-02 05:00:00',"
              + " '2026-03-16 05:00:00', FALSE, 1)");
    }
    LocalDateTime expires = LocalDateTime.parse("2026-03-16T05:00:00");
    assertEquals(
        List.of(100L),
        ids(PendingSql.remindersDue(100), expires.minusDays(1), expires.plusDays(1), 0L));
    assertEquals(List.of(), ids(PendingSql.expiriesDue(100), expires.minusSeconds(1), 0L));
    assertEquals(List.of(100L), ids(PendingSql.expiriesDue(100), expires, 0L));
    assertEquals(List.of(10L), ids(PendingSql.CLAIM_OF_RECORD, 100L));
    assertEquals(List.of(10L), ids(PendingSql.CLAIMS_OF_OPEN_RECORDS, 1L));
    List<Object[]> views =
        rows(
            PendingSql.VIEWS
                + "WHERE 1 = 1 AND p.branch_id = ?1 AND p.status = ?2 AND p.created_at <= ?3"
                + " ORDER BY p.id DESC LIMIT 50 OFFSET 0",
            1L,
            "OPEN",
            T0);
    assertEquals(1, views.size());
    assertEquals("Jakarta Salemba", views.get(0)[8]);
  }

  @Test
  void oneTimeCodesWorkOnH2() throws SQLException {
    assertEquals(0, update(PendingSql.VOID_UNUSED_CODES, 1L, ReleaseCodes.PURPOSE));
    assertEquals(
        1, update(PendingSql.INSERT_CODE, 1L, ReleaseCodes.PURPOSE, "h".repeat(64), T0, 5, T0));
    Long id = ids(PendingSql.LATEST_UNUSED_CODE, 1L, ReleaseCodes.PURPOSE).get(0);
    c.setAutoCommit(false);
    Object[] code = rows(PendingSql.LOCK_CODE, id).get(0);
    assertEquals(5, ((Number) code[2]).intValue());
    assertEquals(1, update(PendingSql.COUNT_TRY, 4, false, id));
    c.commit();
    c.setAutoCommit(true);
    assertEquals(1, update(PendingSql.USE_CODE, id));
    assertEquals(0, update(PendingSql.VOID_UNUSED_CODES, 1L, "OTHER"));
    assertEquals(1, rows(PendingSql.LATEST_UNUSED_CODE, 1L, ReleaseCodes.PURPOSE).size());
    assertEquals(null, rows(PendingSql.LATEST_UNUSED_CODE, 1L, ReleaseCodes.PURPOSE).get(0)[0]);
  }

  /** Binds "?N" parameters the way JPA does: by number, as often as each occurs. */
  @Test
  void codeChallengesWorkOnH2() throws SQLException {
    String purpose = ReleaseCodes.PURPOSE;
    assertEquals(
        1,
        update(
            PendingSql.INSERT_CHALLENGE, 77L, purpose, 1L, "31**", "12**", T0.plusMinutes(30), T0));
    // A challenge of data that matched no one: no participant.
    assertEquals(
        1,
        update(
            PendingSql.INSERT_CHALLENGE, 78L, purpose, null, "35**", null, T0.minusMinutes(1), T0));
    Object[] found = rows(PendingSql.FIND_CHALLENGE, 77L, purpose).get(0);
    assertEquals(1L, SqlValues.id(found[0]));
    assertEquals("31**", found[1]);
    assertEquals("12**", found[2]);
    assertEquals(T0.plusMinutes(30), SqlValues.utc(SqlValues.instant(found[3])));
    assertEquals(null, rows(PendingSql.FIND_CHALLENGE, 78L, purpose).get(0)[0]);
    assertTrue(rows(PendingSql.FIND_CHALLENGE, 77L, "OTHER").isEmpty(), "bound to its purpose");
    assertEquals(1, update(PendingSql.DROP_EXPIRED_CHALLENGES, T0), "only the expired one");
    assertEquals(1, update(PendingSql.REMOVE_CHALLENGE, 77L));
    assertTrue(rows(PendingSql.FIND_CHALLENGE, 77L, purpose).isEmpty());
  }

  private static List<Object[]> rows(String sql, Object... params) throws SQLException {
    return NumberedSql.rows(c, sql, params);
  }

  private static List<Long> ids(String sql, Object... params) throws SQLException {
    return rows(sql, params).stream().map(r -> ((Number) r[0]).longValue()).toList();
  }

  private static int update(String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = NumberedSql.prepare(c, sql, params)) {
      return ps.executeUpdate();
    }
  }
}
