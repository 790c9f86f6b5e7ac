package id.jht.portal.infrastructure.persistence.pendingclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.jht.portal.application.pendingclaim.ClaimLockQueries.LockRecord;
import id.jht.portal.application.pendingclaim.ClaimLockQueries.LockRecords;
import id.jht.portal.application.pendingclaim.ClaimLockQueries.Source;
import id.jht.portal.testsupport.MigratedH2;
import id.jht.portal.testsupport.NumberedSql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The claim-lock lookup's one statement on the embedded database, after all migrations, over a
 * person with one of every kind of record, blocking or not: which rows come back, in which order,
 * with which branch, booking code and times. The API's integration tests run it on MariaDB.
 */
class LockLookupSqlOnH2Test {

  private static final String NIK = "3173011501900001";
  private static final String KPJ = "12345678901";
  private static final String OTHER_KPJ = "12345678902";
  private static final List<String> SUBMITTED = List.of("QUEUED", "CALLED", "IN_VERIFICATION");
  private static final List<String> BLOCKING = List.of("PENDING", "SUBMITTED");
  private static Connection c;

  @BeforeAll
  static void migrateAndSeed() throws Exception {
    c = MigratedH2.openOnFile("h2-lock-lookup");
    exec(
        "INSERT INTO branch_office (id, code, name, address, city, province, time_zone, latitude,"
            + " longitude, active, version) VALUES (1, 'JSL', 'Jakarta Salemba', 'Jl', 'Jakarta',"
            + " 'DKI Jakarta', 'Asia/Jakarta', 0, 0, TRUE, 1), (2, 'BDG', 'Bandung', 'Jl',"
            + " 'Bandung', 'Jawa Barat', 'Asia/Jakarta', 0, 0, TRUE, 1)");
    exec(
        "INSERT INTO participant (id, nik, full_name, birth_place, birth_date, gender,"
            + " mother_maiden_name, email, home_branch_id, failed_attempts, version) VALUES (1, '"
            + NIK
            + "', 'Budi Santoso', 'Jakarta', '1990-01-15', 'M', 'Siti', 'budi@example.id', 2, 0,"
            + " 1)");
    exec(
        "INSERT INTO membership (id, participant_id, kpj, employer_name, membership_start,"
            + " status, balance, partial_other_taken, partial_housing_taken, version) VALUES (1, 1,"
            + " '"
            + KPJ
            + "', 'PT A', '2015-01-01', 'NON_ACTIVE', 1000, FALSE, FALSE, 1), (2, 1, '"
            + OTHER_KPJ
            + "', 'PT B', '2010-01-01', 'NON_ACTIVE', 1000, FALSE, FALSE, 1)");
    // 10: a draft left pending (blocks); 11: a draft whose record was closed (blocks nothing);
    // 12: queued at branch 1 on the other card (blocks, booking code of its waiting ticket);
    // 13: paid (blocks nothing); 14: queued without a branch (falls back to the home branch).
    claim(10, 1, "DRAFT", null, null);
    claim(11, 1, "DRAFT", null, null);
    claim(12, 2, "QUEUED", 1L, "2026-03-01 03:00:00");
    claim(13, 1, "PAID", 1L, "2026-02-01 03:00:00");
    claim(14, 1, "QUEUED", null, null);
    exec(
        "INSERT INTO pending_claim (id, claim_id, abandon_no, participant_id, nik, kpj, branch_id,"
            + " status, created_at, expires_at, reminder_sent, version) VALUES (100, 10, 1, 1, '"
            + NIK
            + "', '"
            + KPJ
            + "', 1, 'OPEN', '2026-03-02 05:00:00', '2026-03-16 05:00:00', FALSE, 1), (101, 11, 1,"
            + " 1, '"
            + NIK
            + "', '"
            + KPJ
            + "', 1, 'RESUMED', '2026-03-02 05:00:00', '2026-03-16 05:00:00', FALSE, 1)");
    ticket(500, 12, "WAITING", "BK-ACTIVE");
    ticket(501, 12, "CANCELLED", "BK-LATEST");
    ticket(502, 14, "CANCELLED", "BK-OLD");
    exec(
        "INSERT INTO api_channel (id, code, display_name_id, display_name_en, key_hash,"
            + " key_prefix, requests_per_minute, active, created_at, version) VALUES (1, 'jmo',"
            + " 'aplikasi JMO', 'the JMO app', '"
            + "a".repeat(64)
            + "', 'a', 60, TRUE, '2026-01-01 00:00:00', 1), (2, 'desk', 'loket', 'the desk', '"
            + "b".repeat(64)
            + "', 'b', 60, TRUE, '2026-01-01 00:00:00', 1)");
    channelClaim(900, 1, KPJ, "SUBMITTED", "Budi Santoso", "BDG");
    channelClaim(901, 2, KPJ, "PENDING", "Budi Santoso", "XXX");
    channelClaim(902, 1, KPJ, "REJECTED", "Budi Santoso", "BDG");
    channelClaim(903, 1, OTHER_KPJ, "PENDING", null, null);
  }

  @AfterAll
  static void close() throws SQLException {
    c.close();
  }

  @Test
  void everyKindOfLockComesBackInItsGroupByIdWithItsBranchCodeAndTimes() throws SQLException {
    LockRecords found = locksOf(null, 0L);
    assertEquals("Budi Santoso", found.registeredName());
    List<LockRecord> records = found.records();
    assertEquals(
        List.of(
            Source.PENDING,
            Source.SUBMITTED,
            Source.SUBMITTED,
            Source.CHANNEL,
            Source.CHANNEL,
            Source.CHANNEL),
        records.stream().map(LockRecord::source).toList());
    assertEquals(
        List.of(100L, 12L, 14L, 900L, 901L, 903L),
        records.stream()
            .map(r -> r.source() == Source.PENDING ? r.pendingClaimId() : idOf(r))
            .toList());

    LockRecord pending = records.get(0);
    assertEquals("OPEN", pending.status());
    assertEquals(10L, pending.claimId());
    assertEquals("JSL", pending.branchCode());
    assertEquals(Instant.parse("2026-03-02T05:00:00Z"), pending.since());
    assertEquals(Instant.parse("2026-03-16T05:00:00Z"), pending.expiresAt());

    LockRecord queued = records.get(1);
    assertEquals("QUEUED", queued.status());
    assertEquals("Jakarta Salemba", queued.branchName());
    assertEquals("BK-ACTIVE", queued.bookingCode(), "the active ticket before a later one");
    assertEquals(Instant.parse("2026-03-01T03:00:00Z"), queued.since(), "submitted at");
    assertNull(queued.expiresAt());

    LockRecord withoutBranch = records.get(2);
    assertEquals("BDG", withoutBranch.branchCode(), "the participant's home branch");
    assertEquals("BK-OLD", withoutBranch.bookingCode(), "no active ticket: the latest");
    assertEquals(Instant.parse("2026-01-10T02:00:00Z"), withoutBranch.since(), "created at");

    LockRecord channel = records.get(3);
    assertEquals("jmo", channel.channelCode());
    assertEquals("aplikasi JMO", channel.channelNameId());
    assertEquals("the JMO app", channel.channelNameEn());
    assertEquals("Bandung", channel.branchName());
    assertEquals("Budi Santoso", channel.fullName());
    assertEquals("XXX", records.get(4).branchCode());
    assertNull(records.get(4).branchName(), "a branch code no office has");
  }

  @Test
  void aKpjAndTheCallersChannelNarrowTheLocks() throws SQLException {
    assertEquals(
        List.of(Source.PENDING, Source.SUBMITTED, Source.CHANNEL),
        locksOf(KPJ, 2L).records().stream().map(LockRecord::source).toList());
    assertEquals(
        List.of(12L, 903L),
        locksOf(OTHER_KPJ, 0L).records().stream().map(LockLookupSqlOnH2Test::idOf).toList());
  }

  @Test
  void anUnknownPersonHasNoNameAndNoLocks() throws SQLException {
    LockLookupSql.Statement statement =
        LockLookupSql.locksOf("3173011501900999", null, SUBMITTED, BLOCKING, 0L);
    LockRecords found = JpaClaimLockQueries.records(rows(statement));
    assertNull(found.registeredName());
    assertEquals(List.of(), found.records());
  }

  private static Long idOf(LockRecord r) {
    return switch (r.source()) {
      case PENDING -> r.pendingClaimId();
      case SUBMITTED -> r.claimId();
      // Channel claims carry no portal id: tell them apart by their branch and name.
      case CHANNEL -> r.channelCode().equals("desk") ? 901L : r.fullName() == null ? 903L : 900L;
    };
  }

  private static LockRecords locksOf(String kpj, long exceptChannel) throws SQLException {
    return JpaClaimLockQueries.records(
        rows(LockLookupSql.locksOf(NIK, kpj, SUBMITTED, BLOCKING, exceptChannel)));
  }

  private static void claim(int id, int membership, String status, Long branch, String submitted)
      throws SQLException {
    exec(
        "INSERT INTO claim (id, participant_id, membership_id, open_participant_id, status,"
            + " step_reached, declaration_accepted, created_at, last_activity_at, abandon_count,"
            + " branch_id, submitted_at, version) VALUES ("
            + id
            + ", 1, "
            + membership
            + ", NULL, '"
            + status
            + "', 2, FALSE, '2026-01-10 02:00:00', '2026-01-10 02:00:00', 0, "
            + branch
            + ", "
            + (submitted == null ? "NULL" : "'" + submitted + "'")
            + ", 1)");
  }

  private static void ticket(int id, int claim, String status, String bookingCode)
      throws SQLException {
    exec(
        "INSERT INTO queue_ticket (id, claim_id, branch_id, service_date, session_code,"
            + " sequence_no, ticket_number, booking_code, status, created_at, version) VALUES ("
            + id
            + ", "
            + claim
            + ", 1, '2026-03-05', 'A', "
            + id
            + ", 'JSL-"
            + id
            + "', '"
            + bookingCode
            + "', '"
            + status
            + "', '2026-03-01 03:00:00', 1)");
  }

  private static void channelClaim(
      int id, int channel, String kpj, String status, String name, String branch)
      throws SQLException {
    exec(
        "INSERT INTO channel_claim (id, channel_id, reference, nik, kpj, full_name, branch_code,"
            + " status, created_at, updated_at, version) VALUES ("
            + id
            + ", "
            + channel
            + ", 'ref-"
            + id
            + "', '"
            + NIK
            + "', '"
            + kpj
            + "', "
            + (name == null ? "NULL" : "'" + name + "'")
            + ", "
            + (branch == null ? "NULL" : "'" + branch + "'")
            + ", '"
            + status
            + "', '2026-03-03 04:00:00', '2026-03-03 04:00:00', 1)");
  }

  private static void exec(String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static List<Object[]> rows(LockLookupSql.Statement statement) throws SQLException {
    return NumberedSql.rows(c, statement.sql(), statement.parameters().toArray());
  }
}
