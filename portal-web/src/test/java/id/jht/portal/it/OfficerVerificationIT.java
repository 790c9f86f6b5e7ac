package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.it.pages.BookingStatusPage;
import id.jht.portal.it.pages.ClaimReviewPage;
import id.jht.portal.it.pages.QueueBoardPage;
import id.jht.portal.it.pages.StaffPages;
import id.jht.portal.it.support.Accessibility;
import id.jht.portal.it.support.Browser;
import id.jht.portal.it.support.ManagedBrowser;
import id.jht.portal.it.support.PortalMailbox;
import id.jht.portal.it.support.TestDatabase;
import id.jht.portal.it.support.TestFiles;
import id.jht.portal.it.support.VerificationClaims;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * An officer verifies claims in the running portal on MariaDB: calls the next ticket, views the
 * documents inline through the authorised handler, asks for a document again (the participant is
 * mailed), approves another claim, and is told when someone else decided first; an officer of
 * another branch gets nothing of the claim or its documents, and nobody signed out gets a document.
 *
 * <p>Three queued claims with stored documents are written straight into the database and the
 * document store; the tests run in order on them, as one day at the branch: the officers call the
 * tickets in their queue order, the other branch's officer finds the first claim as the first test
 * left it, and its participant answers the document request that test made.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficerVerificationIT extends FreshPortal {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final String REUPLOAD_REASON = "Halaman kedua buram, nomor KK tidak terbaca";

  @RegisterExtension static final PortalMailbox MAIL = new PortalMailbox();

  @ManagedBrowser private static WebDriver driver;
  private static List<VerificationClaims.Booked> claims;

  /**
   * Booked once the portal has loaded its demo data: three claims at Sidoarjo, today, session A.
   */
  @BeforeEach
  void claimsQueuedForToday() {
    if (claims == null) {
      claims = VerificationClaims.book("SDA", LocalDate.now(WIB), "A", 3);
    }
  }

  @Test
  @Order(1)
  void officerViewsTheDocumentsAndAsksForOneAgainAndTheParticipantIsMailed() throws Exception {
    VerificationClaims.Booked claim = claims.get(0);
    signInAs("petugas.sda", "Petugas#2026");
    QueueBoardPage board = QueueBoardPage.open(driver, base, "");
    board.callNextAtDesk("Loket 2");
    assertTrue(board.messages().contains(claim.ticketNumber()), board.messages());

    ClaimReviewPage page = ClaimReviewPage.open(driver, base, claim.ticketId());
    assertTrue(page.heading().contains(claim.ticketNumber()), page.heading());
    assertEquals(claim.fullName(), page.text("participant-name"));
    assertEquals(masked(claim.nik()), page.text("masked-nik"));
    assertEquals("12******90", page.text("masked-account"));
    assertEquals("Rp 35.420.150", page.text("payable"));
    assertEquals("BCA", page.text("bank"));
    assertEquals("Mengundurkan diri", page.text("reason"));
    assertEquals(claim.email(), page.text("email"));
    assertEquals("Dipanggil", page.text("claim-status"));
    assertFalse(page.pageSource().contains(claim.nik()), "the NIK is never shown in full");
    assertFalse(page.pageSource().contains(VerificationClaims.ACCOUNT_NUMBER));
    Accessibility.assertNoSeriousViolations(driver, "claim verification");

    // The documents are shown inline, served by the authorised handler only.
    assertTrue(page.imageShown("KTP"), "the e-KTP photo is displayed");
    assertTrue(page.pdfFrameShown("KK"));
    HttpResponse<byte[]> image = get(page.documentUrl("KTP"), sessionCookie());
    assertEquals(200, image.statusCode());
    assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
    String disposition = image.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.matches("inline; filename=\"dokumen-\\d+-ktp\\.jpg\""), disposition);
    assertTrue(image.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    assertArrayEquals(Files.readAllBytes(claim.documentFiles().get("KTP")), image.body());
    HttpResponse<byte[]> pdf = get(page.documentUrl("KK"), sessionCookie());
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertArrayEquals(Files.readAllBytes(claim.documentFiles().get("KK")), pdf.body());

    page.click("start");
    assertEquals("Sedang diverifikasi", page.text("claim-status"));
    assertEquals("IN_VERIFICATION", claimStatus(claim));

    page.click("request-documents");
    assertTrue(page.messages().contains("Tandai setidaknya satu dokumen"), page.messages());
    assertEquals("IN_VERIFICATION", claimStatus(claim));

    page.check("KTP", "ACCEPTED", null).check("KK", "REUPLOAD", null).click("request-documents");
    assertTrue(page.messages().contains("Tuliskan alasan"), page.messages());
    Accessibility.assertNoSeriousViolations(driver, "claim checklist with an error");
    assertEquals(
        "PENDING",
        TestDatabase.single(
            "SELECT review_status FROM claim_document WHERE id = ?",
            claim.documentIds().get("KTP")),
        "nothing of a wrong checklist is saved");

    page.check("KK", "REUPLOAD", REUPLOAD_REASON).click("request-documents");
    assertTrue(page.messages().contains("Permintaan dokumen dikirim"), page.messages());
    assertEquals("Menunggu dokumen ulang", page.text("claim-status"));
    assertEquals("Perlu diunggah ulang", page.reviewStatus("KK"));
    assertEquals("Diterima", page.reviewStatus("KTP"));

    assertEquals("DOCUMENTS_REQUESTED", claimStatus(claim));
    assertEquals(
        "REUPLOAD",
        TestDatabase.single(
            "SELECT review_status FROM claim_document WHERE id = ?",
            claim.documentIds().get("KK")));
    assertEquals(
        REUPLOAD_REASON,
        TestDatabase.single(
            "SELECT review_note FROM claim_document WHERE id = ?", claim.documentIds().get("KK")));
    assertEquals(
        "ACCEPTED",
        TestDatabase.single(
            "SELECT review_status FROM claim_document WHERE id = ?",
            claim.documentIds().get("KTP")));
    assertEquals(
        List.of("CALLED", "IN_VERIFICATION", "DOCUMENTS_REQUESTED"), events(claim), "timeline");
    assertEquals(
        "petugas.sda",
        TestDatabase.single(
            "SELECT actor FROM claim_event WHERE claim_id = ? AND event_type ="
                + " 'DOCUMENTS_REQUESTED'",
            claim.claimId()));
    assertEquals(
        "CALLED",
        TestDatabase.single("SELECT status FROM queue_ticket WHERE id = ?", claim.ticketId()),
        "the participant keeps the ticket");
    for (String action :
        List.of(
            "CLAIM_OPENED",
            "CLAIM_DOCUMENT_VIEWED",
            "CLAIM_VERIFICATION_STARTED",
            "CLAIM_DOCUMENTS_REVIEWED",
            "CLAIM_DOCUMENTS_REQUESTED")) {
      assertTrue(audited("petugas.sda", action, claim.claimId()) >= 1, action);
    }
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE actor = 'petugas.sda' AND action ="
                + " 'CLAIM_DOCUMENTS_REQUESTED' AND target_id = ? AND detail LIKE ?",
            String.valueOf(claim.claimId()),
            "%" + REUPLOAD_REASON + "%"),
        "the audit line says why");

    MimeMessage mail = awaitMail(claim.email());
    String body = String.valueOf(mail.getContent()).replace("\r\n", "\n");
    assertTrue(mail.getSubject().contains("perlu diunggah ulang"), mail.getSubject());
    assertTrue(body.contains("Kartu Keluarga (KK): " + REUPLOAD_REASON), body);
    assertTrue(body.contains(claim.ticketNumber()), body);
    String code = claim.bookingCode();
    String formatted = code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    assertTrue(body.contains("kode pemesanan " + formatted), body);
    assertFalse(body.contains("e-KTP:"), "only the documents asked for are listed");
  }

  @Test
  @Order(2)
  void anOfficerOfAnotherBranchGetsNothingOfTheClaimOrItsDocuments() throws Exception {
    VerificationClaims.Booked claim = claims.get(0);
    signInAs("petugas.sda", "Petugas#2026");
    String documentUrl = ClaimReviewPage.open(driver, base, claim.ticketId()).documentUrl("KTP");

    signInAs("petugas.jkt", "Petugas#2026");
    ClaimReviewPage page = ClaimReviewPage.open(driver, base, claim.ticketId());
    assertFalse(page.isClaim());
    assertEquals("Akses ditolak", page.heading());
    String source = page.pageSource();
    for (String leak :
        List.of(claim.fullName(), claim.ticketNumber(), masked(claim.nik()), claim.email())) {
      assertFalse(source.contains(leak), "leaked " + leak);
    }
    assertEquals(
        403,
        get(base + "staff/claims/claim.xhtml?ticket=" + claim.ticketId(), sessionCookie())
            .statusCode());
    HttpResponse<byte[]> document = get(documentUrl, sessionCookie());
    assertEquals(403, document.statusCode());
    assertFalse(document.headers().firstValue("Content-Type").orElse("").startsWith("image/"));
    assertTrue(
        TestDatabase.count(
                "SELECT COUNT(*) FROM audit_event WHERE actor = 'petugas.jkt'"
                    + " AND action = 'CLAIM_ACCESS_DENIED'")
            >= 3);
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE actor = 'petugas.jkt'"
                + " AND action IN ('CLAIM_OPENED', 'CLAIM_DOCUMENT_VIEWED')"));
    assertEquals("DOCUMENTS_REQUESTED", claimStatus(claim), "nothing changed");

    HttpResponse<byte[]> anonymous = get(documentUrl, null);
    assertEquals(302, anonymous.statusCode());
    assertTrue(
        anonymous.headers().firstValue("Location").orElse("").contains("signin.xhtml"),
        anonymous.headers().toString());
  }

  @Test
  @Order(3)
  void aClaimDecidedMeanwhileIsNotOverwrittenAndAnotherIsApprovedAndPaid() throws Exception {
    signInAs("petugas.sda", "Petugas#2026");

    // Someone else rejects the second claim while the officer has it open.
    VerificationClaims.Booked raced = claims.get(1);
    QueueBoardPage.open(driver, base, "").callNextAtDesk("Loket 2");
    ClaimReviewPage page = ClaimReviewPage.open(driver, base, raced.ticketId());
    page.click("start")
        .check("KTP", "ACCEPTED", null)
        .check("KK", "ACCEPTED", null)
        .click("save-checklist");
    assertTrue(page.messages().contains("disimpan"), page.messages());
    decidedElsewhere(raced, "REJECTED", "petugas.lain");
    page.click("approve");
    assertTrue(
        page.messages().contains("sudah diputuskan oleh petugas.lain: Ditolak"), page.messages());
    assertEquals("Ditolak", page.text("claim-status"));
    assertFalse(page.hasButton("approve"));
    assertEquals("REJECTED", claimStatus(raced));
    assertFalse(events(raced).contains("APPROVED"));

    // The third claim is approved: every document accepted, the ticket served.
    VerificationClaims.Booked approved = claims.get(2);
    QueueBoardPage.open(driver, base, "").callNextAtDesk("Loket 2");
    page = ClaimReviewPage.open(driver, base, approved.ticketId());
    page.click("start").check("KTP", "ACCEPTED", null).click("approve");
    assertTrue(page.messages().contains("KK"), "KK is not accepted yet: " + page.messages());
    assertEquals("IN_VERIFICATION", claimStatus(approved));
    page.check("KK", "ACCEPTED", null).click("approve");
    assertTrue(page.messages().contains("Klaim disetujui"), page.messages());
    assertEquals("Disetujui", page.text("claim-status"));
    assertFalse(page.hasButton("mark-paid"), "officers do not mark claims paid");
    assertEquals("APPROVED", claimStatus(approved));
    assertEquals(
        "SERVED",
        TestDatabase.single("SELECT status FROM queue_ticket WHERE id = ?", approved.ticketId()));
    assertEquals(List.of("CALLED", "IN_VERIFICATION", "APPROVED"), events(approved));
    assertEquals(1L, audited("petugas.sda", "CLAIM_APPROVED", approved.claimId()));
    assertEquals(
        List.of("Dipanggil", "Verifikasi dimulai", "Disetujui"), page.timeline(), "timeline");

    signInAs("supervisor.sda", "Supervisor#2026");
    page = ClaimReviewPage.open(driver, base, approved.ticketId()).click("mark-paid");
    assertTrue(page.messages().contains("sudah dibayar"), page.messages());
    assertEquals("PAID", claimStatus(approved));
    assertNotNull(
        TestDatabase.single("SELECT closed_at FROM claim WHERE id = ?", approved.claimId()));
    assertEquals(List.of("CALLED", "IN_VERIFICATION", "APPROVED", "PAID"), events(approved));
    assertEquals(1L, audited("supervisor.sda", "CLAIM_PAID", approved.claimId()));
  }

  // --- helpers -----------------------------------------------------------------------------------

  /** What another officer's decision leaves in the database. */
  private static void decidedElsewhere(
      VerificationClaims.Booked claim, String status, String officer) {
    TestDatabase.update(
        "UPDATE claim SET status = ?, open_participant_id = NULL, closed_at = CURRENT_TIMESTAMP,"
            + " version = version + 1 WHERE id = ?",
        status,
        claim.claimId());
    TestDatabase.update(
        "INSERT INTO claim_event (claim_id, event_type, occurred_at, actor, note)"
            + " VALUES (?, ?, CURRENT_TIMESTAMP, ?, 'Data tidak sesuai')",
        claim.claimId(),
        status,
        officer);
  }

  private static String claimStatus(VerificationClaims.Booked claim) {
    return (String) TestDatabase.single("SELECT status FROM claim WHERE id = ?", claim.claimId());
  }

  private static List<String> events(VerificationClaims.Booked claim) {
    List<String> types = new ArrayList<>();
    for (Object type :
        TestDatabase.column(
            "SELECT event_type FROM claim_event WHERE claim_id = ? ORDER BY id", claim.claimId())) {
      types.add((String) type);
    }
    return types;
  }

  private static long audited(String actor, String action, long claimId) {
    return TestDatabase.count(
        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ? AND (target_id = ?"
            + " OR detail LIKE ?)",
        actor,
        action,
        String.valueOf(claimId),
        "claim " + claimId + ",%");
  }

  private static String masked(String digits) {
    return digits.substring(0, 2)
        + "*".repeat(digits.length() - 4)
        + digits.substring(digits.length() - 2);
  }

  private static String sessionCookie() {
    return Browser.cookieHeader(driver);
  }

  /** A GET with the browser's session (or none), not following redirects. */
  private static HttpResponse<byte[]> get(String url, String cookie) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The mail to {@code address}, after the portal's outbox was told to send now. */
  private MimeMessage awaitMail(String address) throws Exception {
    List<MimeMessage> received = MAIL.sendOutboxUntil(address, 1);
    assertEquals(1, received.size(), "mails to " + address);
    return received.get(0);
  }

  private void signInAs(String username, String password) {
    driver.manage().deleteAllCookies();
    StaffPages staff = new StaffPages(driver, base).openHome();
    staff.signIn(username, password);
    assertTrue(staff.welcome().startsWith("Selamat datang"), staff.welcome());
  }

  @Test
  @Order(4)
  void theParticipantReuploadsAndTheApprovalReachesTheirTimeline() {
    VerificationClaims.Booked claim = claims.get(0);
    signInAs("petugas.sda", "Petugas#2026");
    // The whole round: the participant re-uploads the document on the status page, the officer
    // accepts it and approves, and the participant's timeline shows the approval.
    LocalDate birthDate =
        LocalDate.parse(
            String.valueOf(
                TestDatabase.single(
                    "SELECT birth_date FROM participant WHERE nik = ?", claim.nik())));
    WebDriver participant = Browser.start();
    try {
      BookingStatusPage status =
          BookingStatusPage.open(participant, base)
              .lookUp(claim.bookingCode(), claim.nik(), birthDate);
      assertTrue(status.isBookingShown(), status.errors());
      status.reupload("KK", TestFiles.pdf("kk-terbaca.pdf", 2));
      assertEquals(
          "IN_VERIFICATION",
          TestDatabase.single("SELECT status FROM claim WHERE id = ?", claim.claimId()));

      ClaimReviewPage again = ClaimReviewPage.open(driver, base, claim.ticketId());
      again.check("KTP", "ACCEPTED", null).check("KK", "ACCEPTED", null).click("approve");
      assertEquals(
          "APPROVED",
          TestDatabase.single("SELECT status FROM claim WHERE id = ?", claim.claimId()),
          again.messages());

      participant.get(base + "booking/status.xhtml");
      Browser.waitForFaces(participant);
      assertTrue(status.timelineText().contains("Disetujui"), status.timelineText());
    } finally {
      Browser.quitAfterCheckingPolicy(participant);
    }
  }
}
