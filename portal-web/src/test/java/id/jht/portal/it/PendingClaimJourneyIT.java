package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.jht.portal.infrastructure.demo.DemoCase;
import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.it.pages.ClaimLocksPanel;
import id.jht.portal.it.pages.HomePage;
import id.jht.portal.it.pages.PendingListPage;
import id.jht.portal.it.pages.ReleasePage;
import id.jht.portal.it.pages.StaffPages;
import id.jht.portal.it.pages.WizardPages;
import id.jht.portal.it.support.Accessibility;
import id.jht.portal.it.support.Browser;
import id.jht.portal.it.support.HtmlValidity;
import id.jht.portal.it.support.ManagedBrowser;
import id.jht.portal.it.support.PortalMailbox;
import id.jht.portal.it.support.SessionFreeCookies;
import id.jht.portal.it.support.TestDatabase;
import id.jht.portal.it.support.TestFiles;
import id.jht.portal.it.support.TestHooks;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.json.Json;

/**
 * The participant's worst problem, end to end in a real browser on MariaDB: a claim left half-way
 * becomes a pending claim that blocks other channels, and the participant releases it alone with a
 * one-time code read from a real SMTP server, or resumes it with data and documents intact, or
 * cancels it; officers see their branch's pending claims and cancel one with a reason.
 *
 * <p>One deployment. The claim held by another channel and the release page's errors stand alone.
 * The others run in order: the first counts every pending claim in the database, Andika's draft is
 * resumed and left again before the officers cancel it, and Maruli cancels himself the record the
 * officers' test made; each moves the portal's clock by minutes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PendingClaimJourneyIT extends FreshPortal {

  private static final String DEMO_KEY = "demo-jmo-key";
  private static final Pattern CODE_IN_MAIL = Pattern.compile("Kode sekali pakai Anda: (\\d{6})");

  @RegisterExtension static final PortalMailbox MAIL = new PortalMailbox();

  @RegisterExtension static final HtmlValidity HTML = new HtmlValidity("pending-journey");

  @ManagedBrowser(startedByTheTest = true)
  private WebDriver driver;

  @Test
  @Order(1)
  void anAbandonedClaimBlocksOtherChannelsUntilTheParticipantReleasesItWithACode()
      throws Exception {
    ParticipantSeed nurul = demoParticipant(DemoCase.ABANDONED_DEMO);
    assertEquals("Nurul Hidayah", nurul.fullName());
    assertEquals("3515064307949011", nurul.nik());
    String kpj = nurul.memberships().get(0).kpj();
    assertEquals("19073365821", kpj);
    assertEquals(LocalDate.of(1994, 7, 3), nurul.birthDate());

    driver = Browser.start();
    assertEquals("/claim/reason.xhtml", identify(driver, nurul).currentPath());
    Browser.quitAfterCheckingPolicy(driver);
    driver = null;

    TestHooks.advanceClockMinutes(31);
    runDetector();
    assertEquals(1L, TestDatabase.count("SELECT COUNT(*) FROM pending_claim"));
    assertEquals(
        "OPEN",
        TestDatabase.single(
            "SELECT p.status FROM pending_claim p JOIN participant pa ON pa.id = p.participant_id"
                + " WHERE pa.nik = ?",
            nurul.nik()));
    Map<String, Object> blocked = lookup(nurul.nik(), kpj);
    assertEquals(Boolean.TRUE, blocked.get("blocked"), blocked.toString());
    Map<String, Object> lock = locks(blocked).get(0);
    assertEquals("PENDING", lock.get("kind"));
    assertEquals("Sidoarjo", lock.get("branchName"));
    assertTrue(message(lock, "id").endsWith("Kantor Cabang Sidoarjo"), lock.toString());

    driver = Browser.start();
    ReleasePage release = ReleasePage.fromHome(driver, base);
    assertEquals("id", release.htmlLang());
    Accessibility.assertNoSeriousViolations(driver, "release");

    // Data that does not match gets the very answer that matching data gets, and no mail.
    release.fill(nurul.nik(), kpj, nurul.birthDate().plusDays(1)).requestCode();
    assertTrue(release.asksForCode(), release.errorSummary());
    String answer = release.notice();
    assertTrue(answer.contains("alamat email yang terdaftar"), answer);
    TestHooks.post("mail/send");
    assertEquals(0, MAIL.to(nurul.email()).size());

    release.changeData().fill(nurul.nik(), kpj, nurul.birthDate()).requestCode();
    assertEquals(answer, release.notice(), "the same answer, whether or not the data matched");
    assertTrue(release.typedData().contains("35************11"), release.typedData());
    assertFalse(driver.getPageSource().contains(nurul.nik()), "the NIK is never shown in full");
    // Between the two steps the browser holds only the signed id of the server's challenge: no
    // session, and neither NIK, KPJ nor birth date in any cookie.
    SessionFreeCookies.assertNoSessionAndNothingPersonal(
        driver,
        "release code step",
        nurul.nik(),
        kpj,
        Browser.typed(nurul.birthDate()),
        nurul.birthDate().toString());
    SessionFreeCookies.signedCookie(driver, "JHT_CODE");
    Accessibility.assertNoSeriousViolations(driver, "release code");
    String code = codeFromMail(nurul.email());
    assertSentCodeNotKept(code);

    release.release(code.equals("000000") ? "111111" : "000000");
    assertTrue(release.asksForCode());
    assertTrue(release.fieldError("code").contains("Kode tidak cocok"), release.fieldError("code"));

    release.release(code);
    assertTrue(release.isReleased(), release.errorSummary());
    assertTrue(release.notice().contains("telah dibatalkan"), release.notice());
    SessionFreeCookies.assertNoSessionAndNothingPersonal(driver, "released", nurul.nik(), kpj);
    assertEquals(Boolean.FALSE, lookup(nurul.nik(), kpj).get("blocked"), "unblocked everywhere");
    assertEquals(
        "CANCELLED_BY_PARTICIPANT",
        TestDatabase.single(
            "SELECT p.status FROM pending_claim p JOIN participant pa ON pa.id = p.participant_id"
                + " WHERE pa.nik = ?",
            nurul.nik()));
    assertEquals(
        "CANCELLED",
        TestDatabase.single(
            "SELECT c.status FROM claim c JOIN participant pa ON pa.id = c.participant_id"
                + " WHERE pa.nik = ?",
            nurul.nik()));
  }

  @Test
  @Order(2)
  void resumingAnAbandonedClaimKeepsItsDataAndDocuments() throws Exception {
    ParticipantSeed andika = demoParticipant(DemoCase.RESIGNED_ELIGIBLE);
    driver = Browser.start();
    WizardPages wizard = identify(driver, andika);
    wizard.chooseReason("RESIGNATION").next();
    wizard.fillContact("andika.prasetyo@example.com", andika).next();
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), wizard.mainText());
    wizard.upload("KTP", TestFiles.jpeg("ktp-resume.jpg", 1200, 800));
    assertTrue(wizard.slotHasFile("KTP"));
    driver.manage().deleteAllCookies();

    TestHooks.advanceClockMinutes(31);
    runDetector();
    assertEquals(
        "OPEN", TestDatabase.single(pendingStatusOf() + " AND p.abandon_no = 1", andika.nik()));
    assertEquals(Boolean.TRUE, lookup(andika.nik(), null).get("blocked"));

    wizard = identify(driver, andika);
    assertEquals("/claim/identity.xhtml", wizard.currentPath(), "the choice comes first");
    ClaimLocksPanel locks = new ClaimLocksPanel(driver);
    assertEquals(List.of("RESUME_OR_CANCEL"), locks.remedies());
    String shown = locks.locks().get(0);
    assertTrue(shown.contains("Klaim JHT baru tidak dapat dimulai"), shown);
    assertTrue(shown.contains("Lapak Asik"), shown);
    assertTrue(shown.contains("Sidoarjo"), shown);
    assertTrue(shown.contains("data dan dokumen Anda masih tersimpan"), shown);
    assertTrue(shown.matches("(?s).*\\d{1,2} \\p{L}+ \\d{4} \\d{2}\\.\\d{2} WIB.*"), shown);
    Accessibility.assertNoSeriousViolations(driver, "identity with a pending claim");

    locks.resume();
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), wizard.mainText());
    assertTrue(wizard.slotHasFile("KTP"), "the uploaded document is still there");
    assertTrue(wizard.slotText("KTP").contains("ktp-resume.jpg"), wizard.slotText("KTP"));
    assertTrue(wizard.mainText().contains("dilanjutkan dari langkah terakhir"));
    assertEquals(
        "RESUMED", TestDatabase.single(pendingStatusOf() + " AND p.abandon_no = 1", andika.nik()));
    assertEquals(Boolean.FALSE, lookup(andika.nik(), null).get("blocked"));
    wizard.back();
    assertEquals("andika.prasetyo@example.com", wizard.value("contact", "email"));
    assertEquals("1234567890", wizard.value("contact", "accountNumber"));

    // Left again: the officers' test below finds it pending.
    driver.manage().deleteAllCookies();
  }

  @Test
  void aClaimHeldByAnotherChannelIsShownWithItsBranchAndRemedy() throws Exception {
    ParticipantSeed person = demoParticipant(DemoCase.PARTIAL_UNDER_10_YEARS);
    String kpj = person.memberships().get(0).kpj();
    HttpResponse<String> put =
        send(
            api("v1/channel-claims/JMO-JOURNEY-1")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.toJson(
                            Map.of(
                                "nik",
                                person.nik(),
                                "kpj",
                                kpj,
                                "branchCode",
                                "JSL",
                                "status",
                                "SUBMITTED")))));
    assertEquals(201, put.statusCode(), put.body());

    driver = Browser.start();
    WizardPages wizard = identify(driver, person);
    assertEquals("/claim/identity.xhtml", wizard.currentPath());
    ClaimLocksPanel locks = new ClaimLocksPanel(driver);
    assertEquals(List.of("CONTACT_CHANNEL"), locks.remedies());
    assertFalse(locks.offersResume(), "another channel's claim is not resumed here");
    String shown = locks.locks().get(0);
    assertTrue(shown.contains("aplikasi JMO"), shown);
    assertTrue(shown.contains("Jakarta Salemba"), shown);
    assertTrue(shown.contains("melalui aplikasi JMO"), shown);
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM claim c JOIN participant p ON p.id = c.participant_id"
                + " WHERE p.nik = ?",
            person.nik()));
    assertEquals(204, send(api("v1/channel-claims/JMO-JOURNEY-1").DELETE()).statusCode());
  }

  @Test
  @Order(4)
  void officersSeeTheirBranchsPendingClaimsAndCancelOneWithAReason() throws Exception {
    ParticipantSeed andika = demoParticipant(DemoCase.RESIGNED_ELIGIBLE);
    ParticipantSeed maruli = demoParticipant(DemoCase.PARTIAL_10_YEARS);
    driver = Browser.start();
    identify(driver, maruli);
    driver.manage().deleteAllCookies();
    TestHooks.advanceClockMinutes(31);
    runDetector();
    long andikaRecord = openRecordOf(andika);
    long maruliRecord = openRecordOf(maruli);

    new StaffPages(driver, base).openHome().signIn("petugas.sda", "Petugas#2026");
    PendingListPage list = PendingListPage.open(driver, base, "");
    assertFalse(list.hasBranchFilter(), "an officer sees one branch only");
    assertTrue(list.recordIds().contains(andikaRecord), list.mainText());
    assertFalse(list.recordIds().contains(maruliRecord), "another branch's record is not listed");
    String row = list.row(andikaRecord);
    assertTrue(row.contains(andika.fullName()), row);
    assertTrue(row.contains(mask(andika.nik())), row);
    assertTrue(row.contains(mask(andika.memberships().get(0).kpj())), row);
    assertTrue(row.contains("Tertunda"), row);
    assertFalse(list.pageSource().contains(andika.nik()), "NIK masked");
    Accessibility.assertNoSeriousViolations(driver, "pending list");

    list.filter("", "", null);
    List<Long> all = list.recordIds();
    assertTrue(all.size() >= 3, "Nurul's released and Andika's resumed records too: " + all);
    assertTrue(list.mainText().contains("Dibatalkan oleh peserta"), list.mainText());
    assertFalse(list.mainText().contains("one-time code"), "internal notes are not shown");
    list.filter("OPEN", "1", null);
    assertTrue(list.recordIds().isEmpty(), "no record is a day old yet");
    list.filter("OPEN", "", null);

    list.startCancel(andikaRecord).confirmCancel("  ");
    assertTrue(list.reasonError().contains("wajib diisi"), list.errorSummary());
    assertEquals("OPEN", statusOf(andikaRecord));
    list.confirmCancel("Peserta meminta pembatalan di loket");
    assertTrue(list.notice().contains("telah dibatalkan"), list.notice() + list.errorSummary());
    assertFalse(list.recordIds().contains(andikaRecord), "no longer open");
    list.filter("CANCELLED_BY_OFFICER", "", null);
    assertTrue(list.row(andikaRecord).contains("Peserta meminta pembatalan di loket"));
    assertTrue(list.row(andikaRecord).contains("petugas.sda"), list.row(andikaRecord));
    assertEquals("CANCELLED_BY_OFFICER", statusOf(andikaRecord));
    assertEquals(
        "petugas.sda",
        TestDatabase.single(
            "SELECT actor FROM audit_event WHERE action = 'PENDING_CLAIM_CANCEL'"
                + " AND target_id = ?",
            Long.toString(andikaRecord)));
    assertEquals(
        "Peserta meminta pembatalan di loket",
        TestDatabase.single(
            "SELECT detail FROM audit_event WHERE action = 'PENDING_CLAIM_CANCEL'"
                + " AND target_id = ?",
            Long.toString(andikaRecord)));
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM outgoing_mail WHERE recipient = ? AND subject LIKE ?",
            andika.email(),
            "%dibatalkan oleh petugas%"));

    // Another branch's record, asked for directly: refused, nothing changed, nothing audited.
    list = PendingListPage.open(driver, base, "?cancel=" + maruliRecord);
    assertTrue(list.showsCancelForm(), list.mainText());
    list.confirmCancel("Coba batalkan milik cabang lain");
    assertTrue(list.errorSummary().contains("milik kantor cabang lain"), list.mainText());
    assertEquals("OPEN", statusOf(maruliRecord));
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'PENDING_CLAIM_CANCEL'"
                + " AND target_id = ?",
            Long.toString(maruliRecord)));

    new StaffPages(driver, base).signOut();
    new StaffPages(driver, base).openHome().signIn("admin", "Admin#Portal2026");
    list = PendingListPage.open(driver, base, "");
    assertTrue(list.hasBranchFilter());
    assertTrue(list.recordIds().contains(maruliRecord), "administrators see every branch");
    list.filter("OPEN", "", "SDA");
    assertFalse(list.recordIds().contains(maruliRecord), list.mainText());
    list.filter("OPEN", "", "JSL");
    assertEquals(List.of(maruliRecord), list.recordIds());
  }

  @Test
  @Order(5)
  void theParticipantCancelsTheirPendingClaimThemselves() throws Exception {
    ParticipantSeed maruli = demoParticipant(DemoCase.PARTIAL_10_YEARS);
    long record = openRecordOf(maruli);
    assertEquals(Boolean.TRUE, lookup(maruli.nik(), null).get("blocked"));

    // On a second device, a phone, the same choice stays on screen while he cancels on the first.
    WebDriver otherDevice = Browser.phone();
    try {
      identify(otherDevice, maruli);
      assertTrue(new ClaimLocksPanel(otherDevice).offersResume());
      Accessibility.assertNoSeriousViolations(otherDevice, "identity with a pending claim, phone");
      HTML.save(otherDevice, "identity-pending-claim-phone");
      cancelOnFirstDevice(maruli, record);

      // "Continue" on the page shown before the cancellation: the draft it offered has gone, and
      // the participant is told so and goes on with a new claim, not sent back to an empty form.
      new ClaimLocksPanel(otherDevice).resume();
      WizardPages wizard = new WizardPages(otherDevice);
      assertEquals("/claim/reason.xhtml", wizard.currentPath(), wizard.mainText());
      assertTrue(
          wizard.mainText().contains("Tidak ada pengajuan tertunda yang dapat dilanjutkan"),
          wizard.mainText());
      Accessibility.assertNoSeriousViolations(otherDevice, "reason step after nothing to resume");
      HTML.save(otherDevice, "reason-after-nothing-to-resume");
      assertEquals(
          List.of("CANCELLED", "DRAFT"),
          TestDatabase.column(
              "SELECT c.status FROM claim c JOIN participant p ON p.id = c.participant_id"
                  + " WHERE p.nik = ? ORDER BY c.id",
              maruli.nik()));
    } finally {
      Browser.quitAfterCheckingPolicy(otherDevice);
    }
  }

  private void cancelOnFirstDevice(ParticipantSeed maruli, long record) throws Exception {
    driver = Browser.start();
    WizardPages wizard = identify(driver, maruli);
    ClaimLocksPanel locks = new ClaimLocksPanel(driver);
    assertTrue(locks.locks().get(0).contains("Jakarta Salemba"), locks.locks().toString());
    locks.cancel();
    assertEquals("/claim/identity.xhtml", wizard.currentPath());
    assertTrue(wizard.mainText().contains("telah dibatalkan"), wizard.mainText());
    assertFalse(locks.isShown());
    assertEquals("CANCELLED_BY_PARTICIPANT", statusOf(record));
    assertEquals(
        "CANCELLED",
        TestDatabase.single(
            "SELECT c.status FROM claim c JOIN pending_claim p ON p.claim_id = c.id"
                + " WHERE p.id = ?",
            record));
    assertEquals(Boolean.FALSE, lookup(maruli.nik(), null).get("blocked"));
  }

  @Test
  void theReleasePageNamesTheWrongFieldInIndonesianOrEnglish() throws Exception {
    ParticipantSeed nurul = demoParticipant(DemoCase.ABANDONED_DEMO);
    String kpj = nurul.memberships().get(0).kpj();
    driver = Browser.start();
    ReleasePage release = ReleasePage.fromHome(driver, base);
    release.fill("1234", "", "").requestCode();
    assertFalse(release.asksForCode());
    assertTrue(release.fieldError("kpj").contains("wajib diisi"), release.errorSummary());
    assertTrue(release.fieldError("birthDate").contains("wajib diisi"), release.errorSummary());
    release.fill("1234", kpj, nurul.birthDate()).requestCode();
    assertTrue(release.fieldError("nik").contains("16 digit"), release.errorSummary());
    assertEquals("", release.fieldError("kpj"));

    HomePage.open(driver, base).switchToEnglish();
    release = ReleasePage.fromHome(driver, base);
    assertEquals("en", release.htmlLang());
    assertEquals("Cancel a pending JHT claim", release.heading());
    release.fill(nurul.nik(), "1907336582", "03-07-1994").requestCode();
    assertTrue(
        release.fieldError("birthDate").contains("not a valid date"), release.errorSummary());
    release.fill(nurul.nik(), "1907336582", nurul.birthDate()).requestCode();
    assertTrue(release.fieldError("kpj").contains("11 digits"), release.errorSummary());
    Accessibility.assertNoSeriousViolations(driver, "release with errors (English)");

    // A NIK nobody has gets the same answer as a real one.
    release.fill("3515064307949099", kpj, nurul.birthDate()).requestCode();
    assertTrue(release.asksForCode(), release.errorSummary());
    assertTrue(release.notice().startsWith("If the data you entered matches"), release.notice());
    assertTrue(release.typedData().contains("35************99"), release.typedData());

    // A forged code-step cookie (another challenge's id) or a step left open too long leads back
    // to step 1 with a word why, never an error page.
    String codeStep = SessionFreeCookies.signedCookie(driver, "JHT_CODE");
    String otherChallenge =
        SessionFreeCookies.payload(codeStep).replaceFirst("\\|\\d+\\|", "|12345|");
    driver.manage().deleteCookieNamed("JHT_CODE");
    driver
        .manage()
        .addCookie(
            new Cookie("JHT_CODE", SessionFreeCookies.forged(codeStep, otherChallenge), "/"));
    release.requestNewCode();
    assertFalse(release.asksForCode(), "back to step 1");
    assertTrue(release.notice().contains("This step has expired"), release.notice());
    release.fill("3515064307949099", kpj, nurul.birthDate()).requestCode();
    assertTrue(release.asksForCode(), release.errorSummary());
    TestHooks.advanceClockMinutes(31);
    try {
      release.requestNewCode();
      assertFalse(release.asksForCode(), "back to step 1");
      assertTrue(release.notice().contains("This step has expired"), release.notice());
    } finally {
      TestHooks.advanceClockMinutes(-31);
    }
    SessionFreeCookies.assertNoSessionAndNothingPersonal(driver, "release, English", kpj);
  }

  // --- Helpers -----------------------------------------------------------------------------------

  private static String pendingStatusOf() {
    return "SELECT p.status FROM pending_claim p JOIN participant pa ON pa.id = p.participant_id"
        + " WHERE pa.nik = ?";
  }

  private static long openRecordOf(ParticipantSeed p) {
    return TestDatabase.count(
        "SELECT p.id FROM pending_claim p JOIN participant pa ON pa.id = p.participant_id"
            + " WHERE pa.nik = ? AND p.status = 'OPEN'",
        p.nik());
  }

  private static String statusOf(long record) {
    return (String) TestDatabase.single("SELECT status FROM pending_claim WHERE id = ?", record);
  }

  private static String mask(String digits) {
    return digits.substring(0, 2)
        + "*".repeat(digits.length() - 4)
        + digits.substring(digits.length() - 2);
  }

  private void runDetector() throws Exception {
    Map<String, Object> result = testHook("pending-detector/run");
    assertEquals("0", result.get("failed"), result.toString());
  }

  private Map<String, Object> testHook(String path) throws Exception {
    return JSON.toType(TestHooks.post(path), Json.MAP_TYPE);
  }

  private HttpRequest.Builder api(String path) {
    return HttpRequest.newBuilder(URI.create(base + "api/" + path))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + DEMO_KEY);
  }

  private Map<String, Object> lookup(String nik, String kpjOrNull) throws Exception {
    Map<String, String> body = new HashMap<>();
    body.put("nik", nik);
    if (kpjOrNull != null) {
      body.put("kpj", kpjOrNull);
    }
    HttpResponse<String> response =
        send(
            api("v1/claim-locks/lookup")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.toJson(body))));
    assertEquals(200, response.statusCode(), response.body());
    return JSON.toType(response.body(), Json.MAP_TYPE);
  }

  /** Sent: the stored copy of the mail holds the code masked only, so staff never read it. */
  private static void assertSentCodeNotKept(String code) throws Exception {
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                TestDatabase.count(
                        "SELECT COUNT(*) FROM outgoing_mail WHERE secret_values IS NOT NULL")
                    == 0);
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM outgoing_mail WHERE body LIKE ? OR subject LIKE ?",
            "%" + code + "%",
            "%" + code + "%"));
    assertEquals(
        0L,
        TestDatabase.count("SELECT COUNT(*) FROM outgoing_mail WHERE secret_values IS NOT NULL"));
    // Stored under the server's key (portal.one-time-code.key): the table alone does not let
    // anyone try the million codes against a plain digest.
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM one_time_code WHERE code_hash = SHA2(CONCAT("
                + "purpose, ':', participant_id, ':', ?), 256)",
            code),
        "no plain SHA-256 of the code is stored");
  }

  private String codeFromMail(String address) throws Exception {
    List<MimeMessage> received = MAIL.sendOutboxUntil(address, 1);
    assertEquals(1, received.size(), "one mail, to the registered address");
    String body = GreenMailUtil.getBody(received.get(0));
    Matcher code = CODE_IN_MAIL.matcher(body);
    assertTrue(code.find(), body);
    return code.group(1);
  }
}
