package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.jht.portal.infrastructure.demo.DemoCase;
import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.it.pages.BookingStatusPage;
import id.jht.portal.it.pages.WizardPages;
import id.jht.portal.it.support.Accessibility;
import id.jht.portal.it.support.Browser;
import id.jht.portal.it.support.ManagedBrowser;
import id.jht.portal.it.support.PortalMailbox;
import id.jht.portal.it.support.QueueTickets;
import id.jht.portal.it.support.SessionFreeCookies;
import id.jht.portal.it.support.StrictIcs;
import id.jht.portal.it.support.TestDatabase;
import id.jht.portal.it.support.TestFiles;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * The participant after booking, in a real browser on MariaDB: the confirmation mail with its PDF
 * receipt after a booking through the wizard, the status page opened with the booking code plus NIK
 * or KPJ and birth date, its timeline and live position, the receipt download, a reschedule with
 * its new confirmation, a cancellation, and the re-upload of a document an officer asked for. Apart
 * from the first, the bookings are written with JDBC as the wizard would have left them.
 *
 * <p>Each test starts from the lookup form with a booking of its own, except two orders that are
 * the point: Rina's booking is one story (opened, then rescheduled in that session, then
 * cancelled), and the test that uses up the client's allowance of wrong attempts runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BookingLifecycleIT extends FreshPortal {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final String MAILBOX = "rina.booking@example.com";
  private static final String GENERIC = "tidak cocok dengan pemesanan mana pun";

  @RegisterExtension static final PortalMailbox MAIL = new PortalMailbox();

  @ManagedBrowser private static WebDriver driver;

  /** Third in today's session A at Jakarta Salemba: two waiting tickets ahead. */
  private static Booked rina;

  /** A claim whose officer asked for the savings book again. */
  private static Booked asked;

  /** A claim whose participant missed the call: still open, its ticket NO_SHOW. */
  private static Booked missed;

  /** Bookings written once the portal has loaded its demo data. */
  @BeforeEach
  void bookingsExist() throws Exception {
    if (rina != null) {
      return;
    }
    LocalDate today = LocalDate.now(WIB);
    List<String> sessionA = QueueTickets.book("JSL", today, "A", 3);
    rina = Booked.read(sessionA.get(2));
    for (String number : sessionA) {
      Booked b = Booked.read(number);
      event(b.claimId, "SUBMITTED", null);
      event(b.claimId, "QUEUED", number);
    }
    TestDatabase.update("UPDATE claim SET email = ? WHERE id = ?", MAILBOX, rina.claimId);
    document(rina.claimId, "KTP", "ktp-rina.jpg", "ACCEPTED", null);

    asked = Booked.read(QueueTickets.book("JSL", today, "B", 1).get(0));
    TestDatabase.update(
        "UPDATE claim SET status = 'DOCUMENTS_REQUESTED' WHERE id = ?", asked.claimId);
    TestDatabase.update(
        "UPDATE queue_ticket SET status = 'SERVED', active_participant_id = NULL WHERE claim_id = ?",
        asked.claimId);
    for (String type : List.of("SUBMITTED", "QUEUED", "CALLED", "IN_VERIFICATION")) {
      event(asked.claimId, type, null);
    }
    event(asked.claimId, "DOCUMENTS_REQUESTED", "Buku tabungan");
    document(asked.claimId, "KTP", "ktp.jpg", "ACCEPTED", null);
    document(
        asked.claimId,
        "SAVINGS_BOOK",
        "tabungan-lama.jpg",
        "REUPLOAD",
        "Foto buram, nomor rekening tidak terbaca");

    missed = Booked.read(QueueTickets.book("JSL", today, "B", 1).get(0));
    TestDatabase.update("UPDATE claim SET status = 'CALLED' WHERE id = ?", missed.claimId);
    TestDatabase.update(
        "UPDATE queue_ticket SET status = 'NO_SHOW', active_participant_id = NULL"
            + " WHERE claim_id = ?",
        missed.claimId);
    for (String type : List.of("SUBMITTED", "QUEUED", "CALLED", "NO_SHOW")) {
      event(missed.claimId, type, null);
    }
  }

  @Test
  void aBookingThroughTheWizardIsConfirmedByMailWithTheReceipt() throws Exception {
    ParticipantSeed p = demoParticipant(DemoCase.RESIGNED_ELIGIBLE);
    String mailbox = "andika.booking@example.com";
    WizardPages wizard = identify(driver, p);
    wizard.chooseReason("RESIGNATION").next();
    wizard.fillContact(mailbox, p).next();
    wizard.upload("KTP", TestFiles.jpeg("ktp-booking.jpg", 1200, 800));
    wizard.upload("KK", TestFiles.pdf("kk-booking.pdf", 1));
    wizard.upload("SAVINGS_BOOK", TestFiles.png("tabungan-booking.png", 900, 1200));
    wizard.upload("PHOTO", TestFiles.jpeg("foto-booking.jpg", 800, 1000));
    wizard.upload("PAKLARING", TestFiles.pdf("paklaring-booking.pdf", 1));
    wizard.next();
    wizard.searchBranch("Sidoarjo").chooseBranch("SDA").chooseSession("A").next();
    wizard.tick("confirm", "declaration").next();
    assertEquals("/claim/booked.xhtml", wizard.currentPath(), wizard.mainText());
    String number = wizard.text("ticket-number");
    String code = wizard.text("booking-code");

    // The booked page's session may download its receipt; the address names nothing.
    HttpResponse<byte[]> download = receipt(Browser.cookieHeader(driver));
    assertEquals(200, download.statusCode());
    assertTrue(pdfText(download.body()).contains(code));

    MimeMessage mail = awaitMail(mailbox, 1).get(0);
    assertTrue(mail.getSubject().contains(number), mail.getSubject());
    String body = GreenMailUtil.getBody(mail);
    for (String expected :
        List.of(
            "Nomor antrean: " + number,
            "Kode pemesanan: " + code,
            "Sidoarjo",
            "Persiapan panggilan video verifikasi",
            "Queue number: " + number)) {
      assertTrue(body.contains(expected), expected + " in " + body);
    }
    byte[] attached = pdfAttachment(mail);
    assertNotNull(attached, "the receipt is attached");
    String receipt = pdfText(attached);
    assertTrue(receipt.contains(code), receipt);
    assertTrue(receipt.contains(number), receipt);
    assertTrue(receipt.contains("WIB"), receipt);
    java.util.Map<String, String> event = StrictIcs.event(calendarAttachment(mail));
    assertTrue(event.get("SUMMARY").contains("Sidoarjo"), event.toString());
    assertTrue(event.get("SUMMARY").contains("Sesi A"), event.toString());
    assertEquals(code.replace("-", "") + "@jht-portal", event.get("UID"));
    // Sent: the stored copy keeps the code masked only, the calendar file too (where folding may
    // have cut it), and the receipt that went with it is no longer stored.
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(
            () ->
                TestDatabase.count(
                        "SELECT COUNT(*) FROM outgoing_mail WHERE recipient = ?"
                            + " AND status = 'SENT' AND attachment_key IS NULL",
                        mailbox)
                    == 1);
    String stored =
        (String)
            TestDatabase.single(
                "SELECT CONCAT_WS('|', subject, body, calendar_ics) FROM outgoing_mail WHERE recipient = ?",
                mailbox);
    String unfolded = stored.replace("\r\n ", "");
    assertFalse(unfolded.contains(code) || unfolded.contains(code.replace("-", "")), unfolded);
    driver.manage().deleteAllCookies();
  }

  @Test
  void everyWrongCombinationGetsTheSameAnswerAndNothingLandsInTheAddress() throws Exception {
    BookingStatusPage page = lookupForm();
    Accessibility.assertNoSeriousViolations(driver, "booking lookup");
    page.lookUp(rina.bookingCode, rina.nik, rina.birthDate.plusDays(1));
    assertTrue(page.errors().contains(GENERIC), page.errors());
    Accessibility.assertNoSeriousViolations(driver, "booking lookup with an error");
    assertFalse(page.pageSource().contains(rina.nik), "the NIK is not echoed into the page");
    String wrongBirthDate = page.errors();

    String otherNik = rina.nik.substring(0, 15) + (rina.nik.endsWith("9") ? "8" : "9");
    page.lookUp(rina.bookingCode, otherNik, rina.birthDate);
    assertEquals(wrongBirthDate, page.errors(), "a wrong NIK reads like a wrong birth date");

    page.lookUp("ZZZZ-ZZZZ-ZZ", rina.nik, rina.birthDate);
    assertEquals(wrongBirthDate, page.errors(), "an unknown code reads the same");
    assertFalse(page.isBookingShown());

    page.lookUp(rina.bookingCode, "12345", rina.birthDate);
    assertFalse(page.fieldError("lookup", "identity").isEmpty(), "a malformed number is named");

    assertEquals("/booking/status.xhtml", URI.create(page.currentUrl()).getPath());
    assertNull(URI.create(page.currentUrl()).getQuery(), page.currentUrl());
    assertFalse(page.pageSource().contains(rina.nik.substring(2, 14)), "no NIK on the page");
    assertEquals(403, receipt(null).statusCode(), "no receipt without an opened booking");
  }

  /** Rina's story, 1 of 3: the lookup opens her booking for this browser's session. */
  @Test
  @Order(1)
  void theStatusPageShowsTheTimelineTheLivePositionAndTheReceipt() throws Exception {
    BookingStatusPage page = lookupForm();
    // Typed as people do: lower case, without dashes.
    page.lookUp(rina.bookingCode.toLowerCase().replace("-", ""), rina.nik, rina.birthDate);
    assertTrue(page.isBookingShown(), page.errors());
    Accessibility.assertNoSeriousViolations(driver, "booking status");
    assertNull(URI.create(page.currentUrl()).getQuery(), "no identifiers in the address");
    assertEquals(rina.ticketNumber, page.text("ticket-number"));
    assertEquals(rina.bookingCode, page.text("booking-code"));
    assertEquals("QUEUED", page.claimStatus());
    assertEquals(
        List.of("SUBMITTED", "QUEUED", "CALLED?", "IN_VERIFICATION?", "APPROVED?", "PAID?"),
        page.timeline());
    assertTrue(page.timelineText().contains("Mendapat nomor antrean"), page.timelineText());
    assertTrue(page.timelineText().contains("WIB"), page.timelineText());
    assertEquals("2 antrean di depan Anda", page.text("live-ahead"));
    assertTrue(page.text("live-estimate").contains("WIB"), page.text("live-estimate"));
    assertFalse(page.pageSource().contains(rina.nik.substring(2, 14)), "no NIK on the page");

    HttpResponse<byte[]> pdf = receipt(Browser.cookieHeader(driver));
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        pdf.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains("tanda-terima-" + rina.ticketNumber + ".pdf"));
    String text = pdfText(pdf.body());
    assertTrue(text.contains(rina.ticketNumber), text);
    assertTrue(text.contains(rina.bookingCode), text);
    assertTrue(text.contains("Salemba"), text);

    // No HTTP session: the opened booking travels as ids in a signed cookie, any node answers.
    SessionFreeCookies.assertNoSessionAndNothingPersonal(
        driver, "booking opened", rina.nik, rina.kpj, rina.bookingCode, rina.ticketNumber);
    String opened = SessionFreeCookies.signedCookie(driver, "JHT_BOOKING");
    assertTrue(
        SessionFreeCookies.payload(opened).contains("|" + rina.claimId + "|"),
        "ids only: " + SessionFreeCookies.payload(opened));

    // Another claim's id in the cookie, signed or not by the portal's key, is refused kindly: the
    // lookup form again with a word why, never an error page; the genuine cookie still works.
    String otherClaim =
        SessionFreeCookies.payload(opened)
            .replace("|" + rina.claimId + "|", "|" + asked.claimId + "|");
    driver.manage().deleteCookieNamed("JHT_BOOKING");
    driver
        .manage()
        .addCookie(new Cookie("JHT_BOOKING", SessionFreeCookies.forged(opened, otherClaim), "/"));
    page = BookingStatusPage.open(driver, base);
    assertTrue(page.isLookupForm(), page.errors());
    assertFalse(page.isBookingShown());
    assertTrue(page.notices().contains("kedaluwarsa"), page.notices());
    assertEquals(
        403, receipt("JHT_BOOKING=" + SessionFreeCookies.forged(opened, otherClaim)).statusCode());
    driver.manage().addCookie(new Cookie("JHT_BOOKING", opened, "/"));
    page = BookingStatusPage.open(driver, base);
    assertTrue(page.isBookingShown(), page.errors());
    SessionFreeCookies.assertNoSessionAndNothingPersonal(driver, "booking shown again", rina.nik);
  }

  /** Rina's story, 2 of 3: the session still holds the booking the lookup opened. */
  @Test
  @Order(2)
  void aRescheduleKeepsTheCodeFreesTheOldPlaceAndMailsTheReceiptAndTheCalendar() throws Exception {
    BookingStatusPage page = BookingStatusPage.open(driver, base);
    assertTrue(page.isBookingShown(), "the session keeps the opened booking");
    assertTrue(page.text("code-kept").contains("juga setelah jadwal diubah"));
    page.rescheduleToFirstDay("B");
    assertTrue(page.notices().contains("Jadwal berhasil diubah"), page.notices() + page.errors());
    assertTrue(page.notices().contains("kode pemesanan Anda tetap"), page.notices());
    // The message after the redirect travels in a sealed cookie: still no session.
    SessionFreeCookies.assertNoSessionAndNothingPersonal(driver, "rescheduled", rina.nik);
    String newNumber = page.text("ticket-number");
    String newCode = page.text("booking-code");
    assertTrue(newNumber.matches("JSL-\\d{6}-B001"), newNumber);
    assertEquals(rina.bookingCode, newCode, "one booking code for the booking's whole life");
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT c.released FROM queue_counter c JOIN branch_office b ON b.id = c.branch_id"
                + " WHERE b.code = 'JSL' AND c.service_date = ? AND c.session_code = 'A'",
            LocalDate.now(WIB)),
        "the old place is free again");
    assertTrue(page.timeline().contains("RESCHEDULED"), page.timeline().toString());
    assertFalse(page.has("live-position"), "not the service day any more");

    assertEquals(
        "RESCHEDULED",
        TestDatabase.single(
            "SELECT status FROM queue_ticket WHERE ticket_number = ?", rina.ticketNumber));
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM queue_ticket WHERE ticket_number = ?"
                + " AND active_participant_id IS NOT NULL",
            rina.ticketNumber));
    assertEquals(
        "WAITING",
        TestDatabase.single("SELECT status FROM queue_ticket WHERE ticket_number = ?", newNumber));
    assertEquals(
        "B", TestDatabase.single("SELECT session_code FROM claim WHERE id = ?", rina.claimId));
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM claim_event WHERE claim_id = ? AND event_type = 'RESCHEDULED'",
            rina.claimId));

    MimeMessage mail = awaitMail(1).get(0);
    assertTrue(mail.getSubject().contains(newNumber), mail.getSubject());
    String body = GreenMailUtil.getBody(mail);
    assertTrue(body.contains("Nomor antrean: " + newNumber), body);
    assertTrue(body.contains("Kode pemesanan: " + newCode), body);
    assertTrue(body.contains("Kantor cabang: ") && body.contains("Salemba"), body);
    assertTrue(body.contains("Persiapan panggilan video verifikasi"), body);
    byte[] attached = pdfAttachment(mail);
    assertNotNull(attached, "the receipt is attached");
    String receipt = pdfText(attached);
    assertTrue(receipt.contains(newCode), receipt);
    assertTrue(receipt.contains(newNumber), receipt);
    assertTrue(body.contains("kode pemesanan Anda tetap sama"), body);

    LocalDate day =
        ((java.sql.Date)
                TestDatabase.single(
                    "SELECT service_date FROM queue_ticket WHERE ticket_number = ?", newNumber))
            .toLocalDate();
    java.time.LocalTime start =
        ((java.sql.Time)
                TestDatabase.single(
                    "SELECT s.start_time FROM service_session s"
                        + " JOIN branch_office b ON b.id = s.branch_id"
                        + " WHERE b.code = 'JSL' AND s.session_code = 'B'"))
            .toLocalTime();
    String branch =
        (String) TestDatabase.single("SELECT name FROM branch_office WHERE code = 'JSL'");
    java.util.Map<String, String> event = StrictIcs.event(calendarAttachment(mail));
    assertEquals(day.atTime(start).atZone(WIB).toInstant(), StrictIcs.utc(event.get("DTSTART")));
    assertTrue(event.get("SUMMARY").contains("Kantor Cabang " + branch), event.toString());
    assertTrue(event.get("SUMMARY").contains("Sesi B"), event.toString());
    assertTrue(event.get("DESCRIPTION").contains(newCode), event.toString());
    assertTrue(event.get("LOCATION").startsWith(branch), event.toString());

    HttpResponse<byte[]> download = download("booking/calendar", Browser.cookieHeader(driver));
    assertEquals(200, download.statusCode());
    assertTrue(
        download.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"),
        download.headers().toString());
    java.util.Map<String, String> downloaded = StrictIcs.event(download.body());
    assertEquals(event.get("UID"), downloaded.get("UID"));
    assertEquals(event.get("DTSTART"), downloaded.get("DTSTART"));
    assertEquals(403, download("booking/calendar", null).statusCode(), "not without the session");
  }

  /** Rina's story, 3 of 3: the rescheduled booking is cancelled; its mail is her second. */
  @Test
  @Order(3)
  void aCancellationKeepsTheNumberAndTheDocumentsAndClosesTheClaim() throws Exception {
    BookingStatusPage page = BookingStatusPage.open(driver, base);
    String number = page.text("ticket-number");
    page.cancel("");
    assertFalse(page.fieldError("cancel", "reason").isEmpty(), "a reason is required");
    assertEquals("QUEUED", page.claimStatus());

    page.cancel("Sudah mengurus klaim langsung di kantor cabang");
    assertTrue(page.notices().contains("telah dibatalkan"), page.notices() + page.errors());
    SessionFreeCookies.assertNoSessionAndNothingPersonal(driver, "cancelled", rina.nik);
    assertEquals("CANCELLED", page.claimStatus());
    assertTrue(page.timeline().contains("CANCELLED"), page.timeline().toString());
    assertTrue(page.timelineText().contains("Sudah mengurus klaim"), page.timelineText());
    assertFalse(page.has("reschedule-panel"));
    assertFalse(page.has("cancel-panel"));
    assertFalse(page.has("receipt-link"), "no receipt for a cancelled booking");
    assertEquals(404, receipt(Browser.cookieHeader(driver)).statusCode());

    assertEquals(
        "CANCELLED",
        TestDatabase.single("SELECT status FROM queue_ticket WHERE ticket_number = ?", number));
    assertEquals(
        "CANCELLED", TestDatabase.single("SELECT status FROM claim WHERE id = ?", rina.claimId));
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM claim WHERE id = ? AND (open_participant_id IS NOT NULL"
                + " OR closed_at IS NULL)",
            rina.claimId));
    assertEquals(
        1L,
        TestDatabase.count("SELECT COUNT(*) FROM claim_document WHERE claim_id = ?", rina.claimId),
        "the documents stay");
    assertEquals(
        "Sudah mengurus klaim langsung di kantor cabang",
        TestDatabase.single(
            "SELECT note FROM claim_event WHERE claim_id = ? AND event_type = 'CANCELLED'",
            rina.claimId));
    MimeMessage cancelled = awaitMail(2).get(1);
    assertTrue(cancelled.getSubject().contains("dibatalkan"), "the participant is told");
    String said = GreenMailUtil.getBody(cancelled);
    assertFalse(
        said.contains("dokumen klaim Anda tetap tersimpan"), "no promise of kept documents");
    assertTrue(said.contains("Gunakan dokumen klaim sebelumnya"), said);
    assertTrue(page.close().isLookupForm(), "closing the booking shows the lookup form again");
  }

  @Test
  void aRequestedDocumentIsUploadedAgainAndTheClaimGoesBackToVerification() throws Exception {
    BookingStatusPage page = lookupForm();
    assertTrue(page.isLookupForm());
    page.lookUp(asked.bookingCode, asked.kpj, asked.birthDate);
    assertTrue(page.isBookingShown(), page.errors());
    assertEquals("DOCUMENTS_REQUESTED", page.claimStatus());
    assertTrue(page.has("reupload-SAVINGS_BOOK"));
    Accessibility.assertNoSeriousViolations(driver, "booking status with documents requested");
    assertFalse(page.has("reupload-KTP"), "only what the officer asked for");
    assertTrue(
        page.text("reupload-SAVINGS_BOOK").contains("Foto buram, nomor rekening tidak terbaca"),
        page.text("reupload-SAVINGS_BOOK"));
    assertFalse(page.has("live-position"));
    assertFalse(page.has("reschedule-panel"));

    page.reupload("SAVINGS_BOOK", TestFiles.png("tabungan-baru.png", 900, 1200));
    assertTrue(
        page.notices().contains("Semua dokumen yang diminta"), page.notices() + page.errors());
    assertEquals("IN_VERIFICATION", page.claimStatus());
    assertFalse(page.has("reupload-panel"));

    assertEquals(
        "IN_VERIFICATION",
        TestDatabase.single("SELECT status FROM claim WHERE id = ?", asked.claimId));
    assertEquals(
        "PENDING",
        TestDatabase.single(
            "SELECT review_status FROM claim_document WHERE claim_id = ?"
                + " AND document_type = 'SAVINGS_BOOK'",
            asked.claimId));
    assertEquals(
        "tabungan-baru.png",
        TestDatabase.single(
            "SELECT display_name FROM claim_document WHERE claim_id = ?"
                + " AND document_type = 'SAVINGS_BOOK'",
            asked.claimId));
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM claim_event WHERE claim_id = ?"
                + " AND event_type = 'DOCUMENTS_REUPLOADED'",
            asked.claimId));
    assertEquals(
        "SERVED",
        TestDatabase.single("SELECT status FROM queue_ticket WHERE claim_id = ?", asked.claimId),
        "the ticket is kept");
  }

  @Test
  void afterAMissedCallTheParticipantBooksANewNumberForTheOpenClaim() {
    BookingStatusPage page = lookupForm();
    page.lookUp(missed.bookingCode, missed.nik, missed.birthDate);
    assertTrue(page.isBookingShown(), page.errors());
    assertTrue(page.text("claim-status").contains("tidak hadir"), page.text("claim-status"));
    assertTrue(page.text("reschedule-lead").contains("tidak hadir"), page.text("reschedule-lead"));
    assertFalse(page.has("receipt-link"), "no receipt for a number that ended");

    page.rescheduleToFirstDay("A");
    assertTrue(page.notices().contains("Jadwal berhasil diubah"), page.notices() + page.errors());
    String newNumber = page.text("ticket-number");
    assertTrue(newNumber.matches("JSL-\\d{6}-A001"), newNumber);
    assertEquals("QUEUED", page.claimStatus());
    assertTrue(page.has("receipt-link"));
    assertEquals(
        "NO_SHOW",
        TestDatabase.single(
            "SELECT status FROM queue_ticket WHERE ticket_number = ?", missed.ticketNumber));
    assertEquals(
        "WAITING",
        TestDatabase.single("SELECT status FROM queue_ticket WHERE ticket_number = ?", newNumber));
    assertEquals(
        "QUEUED", TestDatabase.single("SELECT status FROM claim WHERE id = ?", missed.claimId));
  }

  /** Last: once the allowance is used up, every lookup from this client waits. */
  @Test
  @Order(Order.DEFAULT + 1)
  void tooManyWrongCombinationsFromOneClientAreRefusedForAWhile() {
    BookingStatusPage page = lookupForm();
    String throttled = "";
    for (int attempt = 0; attempt < 12 && throttled.isEmpty(); attempt++) {
      page.lookUp("K7QX-M3PR-T9", asked.nik, asked.birthDate);
      if (page.errors().contains("Terlalu banyak")) {
        throttled = page.errors();
      } else {
        assertTrue(page.errors().contains(GENERIC), page.errors());
      }
    }
    assertFalse(throttled.isEmpty(), "the client was limited");
    page.lookUp(asked.bookingCode, asked.nik, asked.birthDate);
    assertFalse(page.isBookingShown(), "even the right data waits until the window ends");
    assertTrue(page.errors().contains("Terlalu banyak"), page.errors());
  }

  // --- Helpers -----------------------------------------------------------------------------------

  /**
   * The status page's lookup form: a booking an earlier test left open in this browser's session is
   * closed first, with the page's own button.
   */
  private BookingStatusPage lookupForm() {
    BookingStatusPage page = BookingStatusPage.open(driver, base);
    return page.isBookingShown() ? page.close() : page;
  }

  /** A booked claim as the test database holds it. */
  private record Booked(
      long claimId,
      String ticketNumber,
      String bookingCode,
      String nik,
      String kpj,
      LocalDate birthDate) {

    static Booked read(String ticketNumber) throws Exception {
      try (Connection c = TestDatabase.connect();
          PreparedStatement ps =
              c.prepareStatement(
                  "SELECT c.id, t.booking_code, p.nik, m.kpj, p.birth_date FROM queue_ticket t"
                      + " JOIN claim c ON c.id = t.claim_id"
                      + " JOIN participant p ON p.id = c.participant_id"
                      + " JOIN membership m ON m.id = c.membership_id"
                      + " WHERE t.ticket_number = ?")) {
        ps.setString(1, ticketNumber);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          String code = rs.getString(2);
          return new Booked(
              rs.getLong(1),
              ticketNumber,
              code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8),
              rs.getString(3),
              rs.getString(4),
              rs.getDate(5).toLocalDate());
        }
      }
    }
  }

  private static void event(long claimId, String type, String note) {
    TestDatabase.update(
        "INSERT INTO claim_event (claim_id, event_type, occurred_at, actor, note)"
            + " VALUES (?, ?, ?, 'participant', ?)",
        claimId,
        type,
        Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).withNano(0)),
        note);
  }

  private static void document(
      long claimId, String type, String name, String reviewStatus, String note) {
    String key = java.util.UUID.randomUUID().toString().replace("-", "");
    TestDatabase.update(
        "INSERT INTO claim_document (claim_id, document_type, display_name, storage_key,"
            + " content_type, size_bytes, sha256, review_status, review_note, uploaded_at)"
            + " VALUES (?, ?, ?, ?, 'image/jpeg', 1000, ?, ?, ?, ?)",
        claimId,
        type,
        name,
        key,
        "0".repeat(64 - key.length()) + key,
        reviewStatus,
        note,
        Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).withNano(0)));
  }

  /** The receipt download, with the browser's session or none. */
  private HttpResponse<byte[]> receipt(String cookies) throws Exception {
    return download("booking/receipt", cookies);
  }

  private HttpResponse<byte[]> download(String path, String cookies) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (cookies != null) {
      request.header("Cookie", cookies);
    }
    return HttpClient.newHttpClient()
        .send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals(1, document.getNumberOfPages(), "the receipt is one page");
      return new PDFTextStripper().getText(document);
    }
  }

  private static byte[] pdfAttachment(MimeMessage mail) throws Exception {
    if (!(mail.getContent() instanceof Multipart parts)) {
      return null;
    }
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
        assertTrue(part.getContentType().startsWith("application/pdf"), part.getContentType());
        return part.getInputStream().readAllBytes();
      }
    }
    return null;
  }

  private static byte[] calendarAttachment(MimeMessage mail) throws Exception {
    Multipart parts = (Multipart) mail.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getFileName() != null && part.getFileName().endsWith(".ics")) {
        assertTrue(part.getContentType().startsWith("text/calendar"), part.getContentType());
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("no .ics attached");
  }

  private List<MimeMessage> awaitMail(int count) throws Exception {
    return awaitMail(MAILBOX, count);
  }

  private List<MimeMessage> awaitMail(String address, int count) throws Exception {
    List<MimeMessage> received = MAIL.sendOutboxUntil(address, count);
    assertTrue(received.size() >= count, "mails to the participant: " + received.size());
    return received;
  }
}
