package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.jht.portal.infrastructure.demo.DemoCase;
import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.it.support.PortalMailbox;
import id.jht.portal.it.support.TestDatabase;
import id.jht.portal.it.support.TestHooks;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pending-claim registry and the API other channels consult, against the running portal on
 * MariaDB: API keys, rate limit, validation and channel isolation; an abandoned draft becoming
 * exactly one pending claim that blocks other channels with the branch named; two detector runs at
 * once; the release with a one-time code read from a real SMTP server; an officer's cancellation;
 * expiry after 14 days.
 *
 * <p>One deployment. Each test of the API and the session-end test stand alone (each uses demo
 * people no other test here changes). The registry's timeline runs after them and in order ({@link
 * #TIMELINE}): the release and the officer's cancellation act on the records the detector made of
 * the earlier drafts, and the expiry test moves the portal's clock two weeks on, which would expire
 * every record still open. Drafts are written with JDBC, stamped with the portal's (moved) clock.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PendingClaimsApiIT extends FreshPortal {

  private static final String DEMO_KEY = "demo-jmo-key";

  /** The registry's timeline runs after the tests that stand alone, one step after the other. */
  private static final int TIMELINE = Order.DEFAULT;

  @RegisterExtension static final PortalMailbox MAIL = new PortalMailbox();

  // --- API basics --------------------------------------------------------------------------------

  @Test
  void theOpenApiDocumentDescribesTheApiWithExamples() throws Exception {
    HttpResponse<String> doc = send(HttpRequest.newBuilder(URI.create(base + "openapi")).GET());
    assertEquals(200, doc.statusCode());
    assertTrue(doc.body().contains("/api/v1/claim-locks/lookup"), doc.body());
    assertTrue(doc.body().contains("/api/v1/channel-claims/{reference}"), doc.body());
    assertTrue(doc.body().contains("Pengkinian data tidak dapat dilanjutkan"), "has examples");
    assertTrue(doc.body().toLowerCase().contains("bearer"), "documents the key");
    assertTrue(
        doc.body().contains("#/components/responses/Unauthorized"),
        "the shared error answers are components the operations refer to");
    assertFalse(doc.body().contains("/api/test/"), "test hooks are not documented");
  }

  @Test
  void keysAreCheckedAndRotationAndRevocationTakeEffectAtOnce() throws Exception {
    String freeNik = demoParticipant(DemoCase.STILL_ACTIVE).nik();
    HttpResponse<String> none = lookup(null, freeNik, null);
    assertError(none, 401, "UNAUTHORIZED", null);
    assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    assertError(lookup("not-a-key", freeNik, null), 401, "UNAUTHORIZED", null);

    String first = createChannel("it-counter", "layanan kantor cabang", "the branch counter", 600);
    assertEquals(200, lookup(first, freeNik, null).statusCode());
    String second = testHook("channels/it-counter/rotate", Map.of()).get("key");
    assertNotEquals(first, second);
    assertError(lookup(first, freeNik, null), 401, "UNAUTHORIZED", null);
    assertEquals(200, lookup(second, freeNik, null).statusCode());
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM api_channel WHERE key_hash = ? OR key_hash = ?", first, second),
        "keys are stored hashed only");

    testHook("channels/it-counter/revoke", Map.of());
    assertError(lookup(second, freeNik, null), 401, "UNAUTHORIZED", null);
    assertEquals(
        3L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE target_id = 'it-counter'"
                + " AND action LIKE 'API_CHANNEL_%'"));
  }

  @Test
  void aChannelOverItsLimitGets429WithRetryAfter() throws Exception {
    String key = createChannel("it-slow", "kanal uji", "test channel", 3);
    String nik = demoParticipant(DemoCase.STILL_ACTIVE).nik();
    int accepted = 0;
    HttpResponse<String> limited = null;
    // A minute boundary may fall between two requests: then the limit is reached in the next
    // window.
    for (int i = 0; i < 7 && limited == null; i++) {
      HttpResponse<String> response = lookup(key, nik, null);
      if (response.statusCode() == 429) {
        limited = response;
      } else {
        assertEquals(200, response.statusCode(), response.body());
        accepted++;
      }
    }
    assertNotNull(limited, "the fourth request in a minute is refused");
    assertTrue(accepted >= 3, "three requests a minute are allowed: " + accepted);
    assertError(limited, 429, "RATE_LIMITED", null);
    long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    assertEquals(200, lookup(DEMO_KEY, nik, null).statusCode(), "other channels are not limited");
  }

  @Test
  void malformedInputIsRefusedNamingTheFieldAndNeverWithAStackTrace() throws Exception {
    HttpResponse<String> shortNik = lookup(DEMO_KEY, "317301", null);
    Map<String, Object> error = assertError(shortNik, 400, "INVALID_FIELD", "nik");
    assertTrue(((String) error.get("message")).contains("16"), shortNik.body());

    HttpResponse<String> indonesian =
        send(
            api("v1/claim-locks/lookup", DEMO_KEY)
                .header("Accept-Language", "id-ID,id;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString("{\"nik\": \"31730A\"}")));
    Map<String, Object> inIndonesian = assertError(indonesian, 400, "INVALID_FIELD", "nik");
    assertTrue(
        ((String) inIndonesian.get("message")).startsWith("NIK hanya boleh berisi angka"),
        indonesian.body());

    String nik = demoParticipant(DemoCase.STILL_ACTIVE).nik();
    assertError(lookup(DEMO_KEY, nik, "123"), 400, "INVALID_FIELD", "kpj");

    HttpResponse<String> notJson =
        send(
            api("v1/claim-locks/lookup", DEMO_KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"nik\": ")));
    assertError(notJson, 400, "MALFORMED_REQUEST", null);

    ParticipantSeed person = demoParticipant(DemoCase.STILL_ACTIVE);
    String kpj = person.memberships().get(0).kpj();
    assertError(
        putClaim(DEMO_KEY, "JMO-BAD-1", person.nik(), kpj, null, "JSL", "DONE"),
        400,
        "INVALID_FIELD",
        "status");
    assertError(
        putClaim(DEMO_KEY, "JMO-BAD-1", person.nik(), kpj, null, "XXX", "SUBMITTED"),
        400,
        "INVALID_FIELD",
        "branchCode");
    assertError(
        putClaim(DEMO_KEY, "JMO-BAD-1", person.nik(), "1234", null, "JSL", "SUBMITTED"),
        400,
        "INVALID_FIELD",
        "kpj");
    assertError(
        putClaim(DEMO_KEY, "bad%20ref", person.nik(), kpj, null, "JSL", "SUBMITTED"),
        400,
        "INVALID_FIELD",
        "reference");
    assertError(send(api("v1/no-such-thing", DEMO_KEY).GET()), 404, "NOT_FOUND", null);
    assertError(
        send(api("v1/claim-locks/lookup", DEMO_KEY).GET()), 405, "METHOD_NOT_ALLOWED", null);
    assertEquals(
        0L, TestDatabase.count("SELECT COUNT(*) FROM channel_claim WHERE reference = 'JMO-BAD-1'"));
  }

  @Test
  void channelClaimsAreIdempotentAndEachChannelTouchesOnlyItsOwn() throws Exception {
    String counter = createChannel("it-branch", "layanan kantor cabang", "the branch counter", 600);
    ParticipantSeed person = demoParticipant(DemoCase.PARTIAL_10_YEARS);
    String kpj = person.memberships().get(0).kpj();

    HttpResponse<String> created =
        putClaim(counter, "KC-0001", person.nik(), kpj, person.fullName(), "JSL", "SUBMITTED");
    assertEquals(201, created.statusCode(), created.body());
    Map<String, Object> first = json(created);
    assertEquals(mask(person.nik()), first.get("nik"), "NIK is never echoed in full");
    HttpResponse<String> again =
        putClaim(counter, "KC-0001", person.nik(), kpj, person.fullName(), "JSL", "SUBMITTED");
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(first.get("createdAt"), json(again).get("createdAt"));
    assertEquals(first.get("updatedAt"), json(again).get("updatedAt"), "nothing changed");
    assertEquals(
        1L, TestDatabase.count("SELECT COUNT(*) FROM channel_claim WHERE reference = 'KC-0001'"));

    Map<String, Object> seenByJmo = json(lookup(DEMO_KEY, person.nik(), kpj));
    assertEquals(Boolean.TRUE, seenByJmo.get("blocked"), seenByJmo.toString());
    Map<String, Object> lock = locks(seenByJmo).get(0);
    assertEquals("it-branch", lock.get("channel"));
    assertEquals("SUBMITTED", lock.get("kind"));
    assertEquals("Jakarta Salemba", lock.get("branchName"));
    assertEquals(
        "Pengkinian data tidak dapat dilanjutkan pada aplikasi JMO, dikarenakan masih dalam"
            + " proses klaim JHT di layanan kantor cabang Kantor Cabang Jakarta Salemba",
        message(lock, "id"));
    assertEquals(
        Boolean.FALSE,
        json(lookup(counter, person.nik(), kpj)).get("blocked"),
        "a channel's own claims do not block it");
    assertEquals(
        Boolean.FALSE,
        json(lookupNamed(DEMO_KEY, person.nik(), "Yohanes Pattiradjawane")).get("blocked"),
        "a name less than 75 % similar is another person");

    assertError(delete(DEMO_KEY, "KC-0001"), 404, "NOT_FOUND", null);
    assertError(send(api("v1/channel-claims/KC-0001", DEMO_KEY).GET()), 404, "NOT_FOUND", null);
    assertEquals(Boolean.TRUE, json(lookup(DEMO_KEY, person.nik(), kpj)).get("blocked"));

    ParticipantSeed other = demoParticipant(DemoCase.SEVERAL_KPJ);
    assertError(
        putClaim(
            counter,
            "KC-0001",
            other.nik(),
            other.memberships().get(0).kpj(),
            null,
            "JSL",
            "SUBMITTED"),
        409,
        "CONFLICT",
        null);

    assertEquals(204, delete(counter, "KC-0001").statusCode());
    assertEquals(204, delete(counter, "KC-0001").statusCode(), "releasing twice is harmless");
    assertEquals(
        "RELEASED", json(send(api("v1/channel-claims/KC-0001", counter).GET())).get("status"));
    assertEquals(Boolean.FALSE, json(lookup(DEMO_KEY, person.nik(), kpj)).get("blocked"));
  }

  @Test
  void aSubmittedClaimBlocksWithItsBookingCodeOnItsOwnCardOnly() throws Exception {
    ParticipantSeed person = demoParticipant(DemoCase.SEVERAL_KPJ);
    long participantId = participantId(person);
    String kpj = person.memberships().get(0).kpj();
    String otherKpj = person.memberships().get(1).kpj();
    long branchId = TestDatabase.count("SELECT id FROM branch_office WHERE code = 'JSL'");
    long claimId = insertClaim(person, "QUEUED", portalNow(), branchId);
    TestDatabase.update(
        "INSERT INTO queue_ticket (claim_id, branch_id, service_date, session_code, sequence_no,"
            + " ticket_number, booking_code, status, active_participant_id, created_at, version)"
            + " VALUES (?, ?, ?, 'A', 901, 'JSL-A-901', 'ITBK0901', 'WAITING', ?, ?, 1)",
        claimId,
        branchId,
        LocalDate.now(ZoneOffset.UTC).plusDays(3),
        participantId,
        utc(portalNow()));

    Map<String, Object> answer = json(lookup(DEMO_KEY, person.nik(), kpj));
    assertEquals(Boolean.TRUE, answer.get("blocked"), answer.toString());
    Map<String, Object> lock = locks(answer).get(0);
    assertEquals("lapak-asik", lock.get("channel"));
    assertEquals("SUBMITTED", lock.get("kind"));
    assertEquals("QUEUED", lock.get("status"));
    assertEquals("ITBK0901", lock.get("bookingCode"));
    assertEquals("JSL", lock.get("branchCode"));
    assertNull(lock.get("expiresAt"));
    assertEquals(
        Boolean.FALSE,
        json(lookup(DEMO_KEY, person.nik(), otherKpj)).get("blocked"),
        "a claim on one card does not block the other card");
  }

  // --- The registry ------------------------------------------------------------------------------

  @Test
  @Order(TIMELINE + 1)
  void anAbandonedDraftBecomesOnePendingClaimThatBlocksWithTheBranchName() throws Exception {
    ParticipantSeed person = demoParticipant(DemoCase.ABANDONED_DEMO);
    long claimId = insertClaim(person, "DRAFT", portalNow(), null);
    String kpj = person.memberships().get(0).kpj();
    assertEquals(
        Boolean.FALSE,
        json(lookup(DEMO_KEY, person.nik(), kpj)).get("blocked"),
        "a draft in progress blocks nobody yet");

    TestHooks.advanceClockMinutes(31);
    runDetector();

    assertEquals(
        1L, TestDatabase.count("SELECT COUNT(*) FROM pending_claim WHERE claim_id = ?", claimId));
    assertEquals(
        "OPEN",
        TestDatabase.single("SELECT status FROM pending_claim WHERE claim_id = ?", claimId));
    assertEquals(1L, TestDatabase.count("SELECT abandon_count FROM claim WHERE id = ?", claimId));
    assertEquals(
        Duration.ofDays(14).toSeconds(),
        TestDatabase.count(
            "SELECT TIMESTAMPDIFF(SECOND, created_at, expires_at) FROM pending_claim"
                + " WHERE claim_id = ?",
            claimId));
    String branchName =
        (String)
            TestDatabase.single(
                "SELECT b.name FROM branch_office b JOIN participant p ON p.home_branch_id = b.id"
                    + " WHERE p.nik = ?",
                person.nik());

    Map<String, Object> answer = json(lookup(DEMO_KEY, person.nik(), kpj));
    assertEquals(Boolean.TRUE, answer.get("blocked"), answer.toString());
    Map<String, Object> lock = locks(answer).get(0);
    assertEquals("PENDING", lock.get("kind"));
    assertEquals("lapak-asik", lock.get("channel"));
    assertEquals(branchName, lock.get("branchName"));
    assertNotNull(lock.get("expiresAt"));
    assertEquals(
        "Pengkinian data tidak dapat dilanjutkan pada aplikasi JMO, dikarenakan masih dalam"
            + " proses klaim JHT di Lapak Asik Kantor Cabang "
            + branchName,
        message(lock, "id"));

    runDetector();
    assertEquals(
        1L,
        TestDatabase.count("SELECT COUNT(*) FROM pending_claim WHERE claim_id = ?", claimId),
        "a second run records nothing more");
  }

  @Test
  void aSessionEndAbandonsAtOnceAndAResumedDraftCanBeAbandonedAgain() throws Exception {
    ParticipantSeed person = demoParticipant(DemoCase.NON_ACTIVE_UNDER_ONE_MONTH);
    long participantId = participantId(person);
    long claimId = insertClaim(person, "DRAFT", portalNow(), null);
    String participant = "participants/" + participantId;

    assertEquals("true", testHook(participant + "/session-ended", Map.of()).get("recorded"));
    assertEquals("false", testHook(participant + "/session-ended", Map.of()).get("recorded"));
    assertEquals(
        Boolean.TRUE,
        json(lookup(DEMO_KEY, person.nik(), null)).get("blocked"),
        "blocked at once, not after 30 minutes");
    TestHooks.advanceClockMinutes(31);
    runDetector();
    assertEquals(
        1L,
        TestDatabase.count("SELECT COUNT(*) FROM pending_claim WHERE claim_id = ?", claimId),
        "the detector does not record the same abandonment again");

    assertEquals(Long.toString(claimId), testHook(participant + "/resume", Map.of()).get("draft"));
    assertEquals(
        "RESUMED",
        TestDatabase.single(
            "SELECT status FROM pending_claim WHERE claim_id = ? AND abandon_no = 1", claimId));
    assertEquals(Boolean.FALSE, json(lookup(DEMO_KEY, person.nik(), null)).get("blocked"));

    TestHooks.advanceClockMinutes(31);
    runDetector();
    assertEquals(
        "OPEN",
        TestDatabase.single(
            "SELECT status FROM pending_claim WHERE claim_id = ? AND abandon_no = 2", claimId),
        "left again: a second record");
    assertEquals("1", testHook("claims/" + claimId + "/completed", Map.of()).get("records"));
    assertEquals(
        "COMPLETED",
        TestDatabase.single(
            "SELECT status FROM pending_claim WHERE claim_id = ? AND abandon_no = 2", claimId));

    assertEquals("0", testHook(participant + "/cancel", Map.of()).get("records"));
    assertEquals(
        "CANCELLED", TestDatabase.single("SELECT status FROM claim WHERE id = ?", claimId));
    assertNull(TestDatabase.single("SELECT open_participant_id FROM claim WHERE id = ?", claimId));
  }

  @Test
  @Order(TIMELINE + 2)
  void twoDetectorRunsAtTheSameMomentRecordEachAbandonmentOnce() throws Exception {
    List<Long> claims = new ArrayList<>();
    Instant now = portalNow();
    for (DemoCase demoCase :
        List.of(DemoCase.AGE_56, DemoCase.PARTIAL_UNDER_10_YEARS, DemoCase.BALANCE_ABOVE_50_JUTA)) {
      claims.add(insertClaim(demoParticipant(demoCase), "DRAFT", now, null));
    }
    TestHooks.advanceClockMinutes(31);

    CyclicBarrier together = new CyclicBarrier(2);
    Callable<Map<String, String>> run =
        () -> {
          together.await(30, TimeUnit.SECONDS);
          return runDetector();
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Map<String, String>> one = pool.submit(run);
      Future<Map<String, String>> two = pool.submit(run);
      int detected =
          Integer.parseInt(one.get(2, TimeUnit.MINUTES).get("detected"))
              + Integer.parseInt(two.get(2, TimeUnit.MINUTES).get("detected"));
      assertTrue(detected <= 3, "never more records than drafts: " + detected);
    } finally {
      pool.shutdownNow();
    }
    for (Long claimId : claims) {
      assertEquals(
          1L,
          TestDatabase.count("SELECT COUNT(*) FROM pending_claim WHERE claim_id = ?", claimId),
          "claim " + claimId);
      assertEquals(1L, TestDatabase.count("SELECT abandon_count FROM claim WHERE id = ?", claimId));
    }
  }

  @Test
  @Order(TIMELINE + 3)
  void theParticipantReleasesTheClaimWithACodeFromTheRegisteredMailbox() throws Exception {
    ParticipantSeed person = demoParticipant(DemoCase.ABANDONED_DEMO);
    String kpj = person.memberships().get(0).kpj();
    Map<String, String> wrong =
        Map.of(
            "nik",
            person.nik(),
            "kpj",
            kpj,
            "birthDate",
            person.birthDate().plusDays(1).toString());
    assertEquals("pending.release.codeSent", testHook("release/request", wrong).get("message"));
    testHook("mail/send", Map.of());
    assertEquals(0, MAIL.to(person.email()).size(), "no code without matching data");

    Map<String, String> identity =
        Map.of("nik", person.nik(), "kpj", kpj, "birthDate", person.birthDate().toString());
    assertEquals(
        "pending.release.codeSent",
        testHook("release/request", identity).get("message"),
        "the same answer, whether or not the data matched");
    MimeMessage codeMail = awaitMail(person.email(), 1).get(0);
    Matcher code =
        Pattern.compile("Kode sekali pakai Anda: (\\d{6})")
            .matcher(GreenMailUtil.getBody(codeMail));
    assertTrue(code.find(), GreenMailUtil.getBody(codeMail));
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM one_time_code WHERE code_hash LIKE ?", "%" + code.group(1) + "%"),
        "only a hash of the code is stored");

    String wrongCode = code.group(1).equals("000000") ? "111111" : "000000";
    Map<String, String> refused = confirm(identity, wrongCode);
    assertEquals("false", refused.get("released"));
    assertEquals(
        4L,
        TestDatabase.count(
            "SELECT tries_left FROM one_time_code WHERE participant_id = ? AND used = FALSE",
            participantId(person)));

    Map<String, String> released = confirm(identity, code.group(1));
    assertEquals("true", released.get("released"), released.toString());
    assertEquals("1", released.get("records"));
    assertEquals(
        "CANCELLED_BY_PARTICIPANT",
        TestDatabase.single(
            "SELECT status FROM pending_claim WHERE participant_id = ?", participantId(person)));
    assertEquals(
        "CANCELLED",
        TestDatabase.single(
            "SELECT status FROM claim WHERE participant_id = ?", participantId(person)));
    assertEquals(
        Boolean.FALSE,
        json(lookup(DEMO_KEY, person.nik(), kpj)).get("blocked"),
        "released for every channel at once");
    assertEquals("false", confirm(identity, code.group(1)).get("released"), "a code works once");
    assertTrue(
        awaitMail(person.email(), 2).get(1).getSubject().contains("telah dibatalkan"),
        "the participant is told");
  }

  @Test
  @Order(TIMELINE + 4)
  void anOfficerCancelsWithAReasonThatIsAuditedAndMailed() throws Exception {
    ParticipantSeed person = demoParticipant(DemoCase.AGE_56);
    long pendingId =
        TestDatabase.count(
            "SELECT id FROM pending_claim WHERE participant_id = ? AND status = 'OPEN'",
            participantId(person));
    String branchCode =
        (String)
            TestDatabase.single(
                "SELECT b.code FROM branch_office b JOIN pending_claim p ON p.branch_id = b.id"
                    + " WHERE p.id = ?",
                pendingId);
    String ownOfficer = "JSL".equals(branchCode) ? "petugas.jkt" : "petugas.sda";
    String otherOfficer = "JSL".equals(branchCode) ? "petugas.sda" : "petugas.jkt";
    String hook = "pending-claims/" + pendingId + "/officer-cancel";
    String entry = pendingId + ":" + mask(person.nik()) + ":" + branchCode;
    assertTrue(visibleTo(ownOfficer).contains(entry), "the branch's officer sees the record");
    assertFalse(visibleTo(otherOfficer).contains(entry), "another branch's officer does not");
    assertTrue(visibleTo("admin").contains(entry), "an administrator sees every branch");

    assertError(
        testHookResponse(hook, Map.of("username", otherOfficer, "reason", "Diminta peserta")),
        403,
        "FORBIDDEN",
        null);
    assertError(
        testHookResponse(hook, Map.of("username", ownOfficer, "reason", "  ")),
        400,
        "INVALID_FIELD",
        "reason");
    assertEquals(
        "CANCELLED",
        testHook(hook, Map.of("username", ownOfficer, "reason", "Peserta datang ke kantor cabang"))
            .get("outcome"));
    assertEquals(
        "ALREADY_CLOSED",
        testHook(hook, Map.of("username", ownOfficer, "reason", "lagi")).get("outcome"));

    assertEquals(
        "CANCELLED_BY_OFFICER",
        TestDatabase.single("SELECT status FROM pending_claim WHERE id = ?", pendingId));
    assertEquals(
        ownOfficer,
        TestDatabase.single("SELECT closed_by FROM pending_claim WHERE id = ?", pendingId));
    assertEquals(
        "Peserta datang ke kantor cabang",
        TestDatabase.single(
            "SELECT detail FROM audit_event WHERE action = 'PENDING_CLAIM_CANCEL'"
                + " AND target_id = ?",
            Long.toString(pendingId)));
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM outgoing_mail WHERE recipient = ? AND subject LIKE ?",
            person.email(),
            "%dibatalkan oleh petugas%"));
  }

  @Test
  @Order(TIMELINE + 5)
  void recordsAreRemindedTwoDaysAheadAndExpireAfterFourteenDays() throws Exception {
    List<ParticipantSeed> people =
        List.of(
            demoParticipant(DemoCase.PARTIAL_UNDER_10_YEARS),
            demoParticipant(DemoCase.BALANCE_ABOVE_50_JUTA));
    TestHooks.advanceClockMinutes(Duration.ofDays(12).plusMinutes(1).toMinutes());
    runDetector();
    for (ParticipantSeed person : people) {
      assertEquals(
          1L,
          TestDatabase.count(
              "SELECT COUNT(*) FROM pending_claim WHERE participant_id = ? AND status = 'OPEN'"
                  + " AND reminder_sent = TRUE",
              participantId(person)));
      assertEquals(
          1L,
          TestDatabase.count(
              "SELECT COUNT(*) FROM outgoing_mail WHERE recipient = ? AND subject LIKE ?",
              person.email(),
              "%akan dibatalkan otomatis%"));
    }

    TestHooks.advanceClockMinutes(Duration.ofDays(2).toMinutes());
    runDetector();
    for (ParticipantSeed person : people) {
      long id = participantId(person);
      assertEquals(
          "EXPIRED",
          TestDatabase.single("SELECT status FROM pending_claim WHERE participant_id = ?", id));
      assertEquals(
          "CANCELLED",
          TestDatabase.single("SELECT status FROM claim WHERE participant_id = ?", id));
      assertEquals(
          1L,
          TestDatabase.count(
              "SELECT COUNT(*) FROM outgoing_mail WHERE recipient = ? AND subject LIKE ?",
              person.email(),
              "%telah dibatalkan otomatis%"));
      assertEquals(
          Boolean.FALSE,
          json(lookup(DEMO_KEY, person.nik(), null)).get("blocked"),
          "an expired record blocks nobody");
    }
    testHook("mail/send", Map.of());
    assertFalse(awaitMail(people.get(0).email(), 2).isEmpty(), "reminder and expiry are sent");

    HttpResponse<String> metrics = send(HttpRequest.newBuilder(URI.create(base + "metrics")).GET());
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("portal_pending_records_expired"), "metrics are exported");
    assertTrue(metrics.body().contains("portal_pending_detector_last_run"));
  }

  // --- Helpers -----------------------------------------------------------------------------------

  @Test
  void concurrentRegistrationsOfNewNeighbouringReferencesAllSucceed() throws Exception {
    // A locking read of a reference that does not exist yet locks the index gap, and concurrent
    // inserts into that gap deadlock: with references numbered the way channels number them, one
    // registration in eight failed that way before the service inserted first.
    String key = createChannel("it-burst", "kanal serentak", "burst channel", 100_000);
    // Someone no other test here looks up: these claims block him for every other channel.
    ParticipantSeed person = demoParticipant(DemoCase.RESIGNED_ELIGIBLE);
    String kpj = person.memberships().get(0).kpj();
    int count = 64;
    var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
    try {
      List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < count; i++) {
        String reference = String.format("BURST-%04d", i);
        answers.add(
            pool.submit(
                () -> putClaim(key, reference, person.nik(), kpj, null, "JSL", "SUBMITTED")));
      }
      for (var answer : answers) {
        HttpResponse<String> response = answer.get();
        assertEquals(201, response.statusCode(), response.body());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        (long) count,
        TestDatabase.count("SELECT COUNT(*) FROM channel_claim WHERE reference LIKE 'BURST-%'"));
  }

  private static long participantId(ParticipantSeed person) {
    return TestDatabase.count("SELECT id FROM participant WHERE nik = ?", person.nik());
  }

  /** A claim of the person's first membership, written as the wizard would have written it. */
  private static long insertClaim(
      ParticipantSeed person, String status, Instant lastActivity, Long branchId) {
    long participantId = participantId(person);
    long membershipId =
        TestDatabase.count(
            "SELECT id FROM membership WHERE kpj = ?", person.memberships().get(0).kpj());
    TestDatabase.update(
        "INSERT INTO claim (participant_id, membership_id, open_participant_id, status,"
            + " step_reached, reason, branch_id, declaration_accepted, created_at,"
            + " last_activity_at, submitted_at, abandon_count, version)"
            + " VALUES (?, ?, ?, ?, 3, 'RESIGNATION', ?, FALSE, ?, ?, ?, 0, 1)",
        participantId,
        membershipId,
        participantId,
        status,
        branchId,
        utc(lastActivity),
        utc(lastActivity),
        "DRAFT".equals(status) ? null : utc(lastActivity));
    return TestDatabase.count(
        "SELECT id FROM claim WHERE participant_id = ? AND status = ?", participantId, status);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).withNano(0);
  }

  private Instant portalNow() throws Exception {
    HttpResponse<String> clock = send(HttpRequest.newBuilder(URI.create(base + "api/test/clock")));
    assertEquals(200, clock.statusCode(), clock.body());
    return Instant.parse((String) json(clock).get("now"));
  }

  private Map<String, String> runDetector() throws Exception {
    Map<String, String> result = testHook("pending-detector/run", Map.of());
    assertEquals("0", result.get("failed"), result.toString());
    return result;
  }

  private String createChannel(String code, String nameId, String nameEn, int perMinute)
      throws Exception {
    return testHook(
            "channels",
            Map.of(
                "code",
                code,
                "nameId",
                nameId,
                "nameEn",
                nameEn,
                "requestsPerMinute",
                Integer.toString(perMinute)))
        .get("key");
  }

  private List<String> visibleTo(String username) throws Exception {
    HttpResponse<String> list =
        send(
            HttpRequest.newBuilder(
                URI.create(base + "api/test/pending-claims?username=" + username)));
    assertEquals(200, list.statusCode(), list.body());
    return List.of(((String) json(list).get("ids")).split(","));
  }

  private Map<String, String> confirm(Map<String, String> identity, String code) throws Exception {
    Map<String, String> body = new java.util.HashMap<>(identity);
    body.put("code", code);
    return testHook("release/confirm", body);
  }

  private HttpResponse<String> testHookResponse(String path, Map<String, String> body)
      throws Exception {
    return TestHooks.postAnswer(path, JSON.toJson(body));
  }

  @SuppressWarnings("unchecked")
  private Map<String, String> testHook(String path, Map<String, String> body) throws Exception {
    HttpResponse<String> response = testHookResponse(path, body);
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return (Map<String, String>) (Map<?, ?>) json(response);
  }

  private HttpRequest.Builder api(String path, String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "api/" + path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
    return key == null ? request : request.header("Authorization", "Bearer " + key);
  }

  private HttpResponse<String> lookup(String key, String nik, String kpj) throws Exception {
    String body =
        kpj == null ? JSON.toJson(Map.of("nik", nik)) : JSON.toJson(Map.of("nik", nik, "kpj", kpj));
    return send(api("v1/claim-locks/lookup", key).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> lookupNamed(String key, String nik, String fullName)
      throws Exception {
    return send(
        api("v1/claim-locks/lookup", key)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.toJson(Map.of("nik", nik, "fullName", fullName)))));
  }

  private HttpResponse<String> putClaim(
      String key,
      String reference,
      String nik,
      String kpj,
      String fullName,
      String branchCode,
      String status)
      throws Exception {
    Map<String, String> body = new java.util.HashMap<>();
    body.put("nik", nik);
    body.put("kpj", kpj);
    body.put("branchCode", branchCode);
    body.put("status", status);
    if (fullName != null) {
      body.put("fullName", fullName);
    }
    return send(
        api("v1/channel-claims/" + reference, key)
            .PUT(HttpRequest.BodyPublishers.ofString(JSON.toJson(body))));
  }

  private HttpResponse<String> delete(String key, String reference) throws Exception {
    return send(api("v1/channel-claims/" + reference, key).DELETE());
  }

  /** Asserts a JSON error with status, code and field, and that no stack trace leaked. */
  private static Map<String, Object> assertError(
      HttpResponse<String> response, int status, String code, String field) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        response.headers().toString());
    Map<String, Object> error = json(response);
    assertEquals(code, error.get("code"), response.body());
    assertEquals(field, error.get("field"), response.body());
    assertTrue(error.get("message") instanceof String, response.body());
    assertFalse(response.body().contains("Exception"), response.body());
    assertFalse(response.body().contains("\tat "), response.body());
    return error;
  }

  private static String mask(String digits) {
    return digits.substring(0, 2)
        + "*".repeat(digits.length() - 4)
        + digits.substring(digits.length() - 2);
  }

  /** The mails received for an address, waiting (without sleeping) until {@code count} arrived. */
  private List<MimeMessage> awaitMail(String address, int count) throws Exception {
    List<MimeMessage> received = MAIL.sendOutboxUntil(address, count);
    assertTrue(received.size() >= count, "mails to the participant: " + received.size());
    return received;
  }
}
