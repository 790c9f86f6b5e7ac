package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.jht.portal.domain.shared.Masking;
import id.jht.portal.infrastructure.demo.DemoCase;
import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.it.pages.BookingStatusPage;
import id.jht.portal.it.pages.ClaimLocksPanel;
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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;

/**
 * Issue 14, "no dead ends", end to end in Chromium on MariaDB: what the participant typed is kept,
 * leaving says what other channels now see, one channel name everywhere, and bookings that keep
 * their word.
 *
 * <p>The locked participant's test stands alone. Two orders are kept: Andika's story goes on from
 * the draft the first test leaves to its cancellation in the second (he is the demo's one
 * resignation case), and the membership correction runs last because it moves the portal's clock a
 * month on, past every other draft's life.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoDeadEndsIT extends FreshPortal {

  /**
   * Longer than a request waits for a connection: the pool's 10 s for each of four attempts, with
   * EclipseLink's retries of a read 5 s apart (50 s; bench/FINDINGS.md, "Overload").
   */
  private static final Duration POOL_HELD = Duration.ofSeconds(70);

  /**
   * HTTP/1.1, as a browser speaks to the portal here. The JDK client otherwise offers an upgrade to
   * h2c, and once in CI the 503 that followed a 50 s wait reached it as "EOF reached while
   * reading".
   */
  private static final HttpClient HTTP_1_1 =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @RegisterExtension static final PortalMailbox MAIL = new PortalMailbox();

  @RegisterExtension static final HtmlValidity HTML = new HtmlValidity("no-dead-ends");

  @ManagedBrowser(startedByTheTest = true)
  private WebDriver driver;

  /** Andika's story, 1 of 2: leaves his draft at the documents step. */
  @Test
  @Order(1)
  void theContactStepKeepsTheMothersNameAndLeavingSaysWhatOtherChannelsSee() throws Exception {
    ParticipantSeed andika = demoParticipant(DemoCase.RESIGNED_ELIGIBLE);
    driver = Browser.start();
    WizardPages wizard = identify(driver, andika);
    assertTrue(
        driver.findElement(By.cssSelector(".brand-name")).getText().contains("Lapak Asik"),
        "the channel's name in the page header");

    // Reasons at a glance: all eleven, each available today or why not and from when.
    List<WebElement> reasons = driver.findElements(By.cssSelector("#reason-overview tbody tr"));
    assertEquals(11, reasons.size());
    WebElement resignation = reasonRow("RESIGNATION");
    assertEquals("available", resignation.getAttribute("class"));
    String estimate = resignation.findElement(By.cssSelector(".reason-estimate")).getText();
    assertTrue(estimate.matches("Rp [\\d.]+ \\(100 % dari saldo, sebelum pajak\\)"), estimate);
    WebElement retirement = reasonRow("RETIREMENT_AGE");
    assertEquals("not-available", retirement.getAttribute("class"));
    String why = retirement.findElement(By.cssSelector(".reason-state")).getText();
    assertTrue(why.contains("mulai") && why.contains("2047"), why);
    Accessibility.assertNoSeriousViolations(driver, "reason step with the overview");
    wizard.chooseReason("RESIGNATION");
    assertTrue(
        wizard.decisionText().contains(estimate.substring(0, estimate.indexOf(' ', 3))),
        "the same rules decide: " + wizard.decisionText());
    wizard.next();
    wizard.fillContact(andika.email(), andika).next();
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), wizard.mainText());

    wizard.back();
    String masked = Masking.maskName(andika.motherMaidenName());
    assertEquals(masked, wizard.value("contact", "motherMaidenName"), "kept, shown masked");
    assertFalse(driver.getPageSource().contains(andika.motherMaidenName()), "never in clear");
    assertTrue(wizard.text("mother-hint").contains("tersamar"));
    Accessibility.assertNoSeriousViolations(driver, "contact step, mother's name kept");
    wizard.next();
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), "accepted as it was");

    wizard.back().type("contact", "motherMaidenName", "Nama Lain Sekali").next();
    assertEquals("/claim/contact.xhtml", wizard.currentPath());
    assertTrue(
        wizard.fieldError("contact", "motherMaidenName").contains("tidak sesuai"),
        "an edited name is checked again");
    wizard.type("contact", "motherMaidenName", andika.motherMaidenName()).next();
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), "edited to the right name");

    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("wizard-exit:leave")));
    assertEquals("/index.xhtml", wizard.currentPath());
    String notice = driver.findElement(By.id("left-notice")).getText();
    String branch =
        (String)
            TestDatabase.single(
                "SELECT b.name FROM pending_claim pc JOIN participant p ON p.id = pc.participant_id"
                    + " JOIN branch_office b ON b.id = pc.branch_id"
                    + " WHERE p.nik = ? AND pc.status = 'OPEN'",
                andika.nik());
    assertTrue(notice.contains("Lapak Asik Kantor Cabang " + branch), notice);
    assertTrue(notice.contains("kanal lain"), notice);
    assertTrue(notice.matches("(?s).*sampai \\d{1,2} \\p{L}+ \\d{4} \\d{2}\\.\\d{2} WI.*"), notice);
    assertTrue(notice.contains("Batalkan klaim tertunda"), "how to release it: " + notice);
    assertFalse(driver.getCurrentUrl().contains(andika.nik()), "nothing personal in the URL");
    Accessibility.assertNoSeriousViolations(driver, "home after leaving");

    // A made-up query only gets the plain notice.
    driver.get(base + "index.xhtml?left=true&branch=NOPE&until=1");
    assertFalse(driver.findElement(By.id("left-notice")).getText().contains("Kantor Cabang"));

    Map<String, Object> lookup = lookup(andika.nik());
    assertEquals(Boolean.TRUE, lookup.get("blocked"), lookup.toString());
    @SuppressWarnings("unchecked")
    Map<String, Object> lock = ((List<Map<String, Object>>) lookup.get("locks")).get(0);
    @SuppressWarnings("unchecked")
    Map<String, Object> message = (Map<String, Object>) lock.get("message");
    assertTrue(
        ((String) message.get("id")).contains("Lapak Asik Kantor Cabang " + branch),
        lock.toString());
  }

  /** Andika's story, 2 of 2: resumes the draft the first test left. */
  @Test
  @Order(2)
  void aCancelledClaimsDocumentsAreOfferedToTheNextClaimForItsReasonOnly() throws Exception {
    ParticipantSeed andika = demoParticipant(DemoCase.RESIGNED_ELIGIBLE);
    driver = Browser.start();
    WizardPages wizard = identify(driver, andika);
    new ClaimLocksPanel(driver).resume();
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), wizard.mainText());
    assertTrue(driver.findElements(By.id("reuse")).isEmpty(), "nothing earlier to offer yet");
    wizard.upload("KTP", TestFiles.jpeg("ktp-earlier.jpg", 1200, 800));
    wizard.upload("PAKLARING", TestFiles.pdf("paklaring-earlier.pdf", 1));
    long earlier =
        TestDatabase.count(
            "SELECT c.id FROM claim c JOIN participant p ON p.id = c.participant_id"
                + " WHERE p.nik = ? AND c.status = 'DRAFT'",
            andika.nik());
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("wizard-exit:leave")));

    identify(driver, andika);
    new ClaimLocksPanel(driver).cancel();
    assertTrue(wizard.mainText().contains("telah dibatalkan"), wizard.mainText());
    assertEquals(
        "CANCELLED", TestDatabase.single("SELECT status FROM claim WHERE id = ?", earlier));

    identify(driver, andika);
    assertEquals("/claim/reason.xhtml", wizard.currentPath(), wizard.mainText());
    assertEquals("available", reasonRow("TOTAL_DISABILITY").getAttribute("class"));
    wizard.chooseReason("TOTAL_DISABILITY").next();
    wizard.fillContact(andika.email(), andika).next();
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), wizard.mainText());
    List<String> offered =
        driver.findElements(By.cssSelector("#reuse-list li")).stream()
            .map(li -> li.getAttribute("data-type"))
            .toList();
    assertEquals(List.of("KTP"), offered, "the paklaring is not on this reason's list");
    Accessibility.assertNoSeriousViolations(driver, "documents step offering earlier documents");
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("reuse:reuse-documents")));

    assertTrue(wizard.slotHasFile("KTP"), wizard.mainText());
    assertTrue(wizard.slotText("KTP").contains("ktp-earlier.jpg"), wizard.slotText("KTP"));
    assertFalse(wizard.slotHasFile("DOCTOR_STATEMENT"));
    assertTrue(driver.findElements(By.id("reuse")).isEmpty(), "nothing left to offer");
    long current =
        TestDatabase.count(
            "SELECT c.id FROM claim c JOIN participant p ON p.id = c.participant_id"
                + " WHERE p.nik = ? AND c.status = 'DRAFT'",
            andika.nik());
    assertEquals(
        List.of("KTP"),
        TestDatabase.column(
            "SELECT document_type FROM claim_document WHERE claim_id = ?", current));
    assertEquals(
        2L,
        TestDatabase.count("SELECT COUNT(*) FROM claim_document WHERE claim_id = ?", earlier),
        "the cancelled claim keeps its own record");
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM claim_document a JOIN claim_document b"
                + " ON a.storage_key = b.storage_key AND a.id <> b.id"),
        "a reused document is a copy of its own");
  }

  @Test
  void aLockedParticipantUnlocksAtOnceWithACodeMailedToTheRegisteredAddress() throws Exception {
    ParticipantSeed sri = demoParticipant(DemoCase.LOCKED);
    driver = Browser.start();
    WizardPages wizard = identify(driver, sri);
    assertEquals("/claim/identity.xhtml", wizard.currentPath());
    assertTrue(wizard.mainText().contains("dikunci sampai"), wizard.mainText());
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("unlock-link")));
    assertEquals("/claim/unlock.xhtml", wizard.currentPath());
    Accessibility.assertNoSeriousViolations(driver, "unlock page");

    type("unlock:nik", "12345");
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("unlock:request-code")));
    assertFalse(wizard.fieldError("unlock", "nik").isEmpty(), "a malformed NIK is named");

    // A well-formed NIK that is not locked gets the same answer, and no mail goes anywhere.
    int before = MAIL.getReceivedMessages().length;
    type("unlock:nik", demoParticipant(DemoCase.PARTIAL_10_YEARS).nik());
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("unlock:request-code")));
    String answer = wizard.mainText();
    assertTrue(answer.contains("Jika NIK ini terkunci"), answer);
    TestHooks.post("mail/send");
    assertEquals(before, MAIL.getReceivedMessages().length, "no code for a NIK that is not locked");
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("unlock:change-nik")));

    type("unlock:nik", sri.nik());
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("unlock:request-code")));
    assertTrue(wizard.mainText().contains("Jika NIK ini terkunci"), wizard.mainText());
    assertTrue(wizard.text("typed-nik").contains(Masking.mask(sri.nik())));
    assertFalse(driver.getPageSource().contains(sri.nik()), "the NIK is never shown in full");
    // Between the two steps the browser holds only the signed id of the server's challenge: no
    // session, and the NIK in no cookie, signed or not.
    SessionFreeCookies.assertNoSessionAndNothingPersonal(driver, "unlock code step", sri.nik());
    assertFalse(
        SessionFreeCookies.payload(SessionFreeCookies.signedCookie(driver, "JHT_CODE"))
            .contains(sri.nik()));
    String expired = codeFromMail(sri.email(), 1);

    // An expired code is refused; a new one is asked for.
    TestHooks.advanceClockMinutes(11);
    unlockWith(expired);
    assertTrue(wizard.fieldError("unlock", "code").contains("Kode tidak cocok"));
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("unlock:new-code")));
    String code = codeFromMail(sri.email(), 2);
    unlockWith(code.equals("000000") ? "111111" : "000000");
    assertTrue(wizard.fieldError("unlock", "code").contains("Kode tidak cocok"));
    assertTrue(
        TestDatabase.count(
                "SELECT COUNT(*) FROM participant WHERE nik = ? AND locked_until IS NOT NULL",
                sri.nik())
            == 1,
        "still locked after a wrong code");
    unlockWith(code);
    assertTrue(wizard.mainText().contains("Kunci pemeriksaan identitas telah dibuka"));
    SessionFreeCookies.assertNoSessionAndNothingPersonal(driver, "unlocked", sri.nik());
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM participant WHERE nik = ? AND (locked_until IS NOT NULL"
                + " OR failed_attempts > 0)",
            sri.nik()));
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'PARTICIPANT_SELF_UNLOCK'"));

    identify(driver, sri);
    assertEquals("/claim/reason.xhtml", wizard.currentPath(), wizard.mainText());
  }

  /** Last: it moves the portal's clock a month on. */
  @Test
  @Order(Order.DEFAULT + 1)
  void anActiveMembershipIsCorrectedByTheBranchAndTheClaimGoesOnAfterTheWaitingPeriod()
      throws Exception {
    ParticipantSeed rina = demoParticipant(DemoCase.STILL_ACTIVE);
    driver = Browser.start();
    WizardPages wizard = identify(driver, rina);
    assertEquals("/claim/reason.xhtml", wizard.currentPath(), wizard.mainText());
    assertEquals("not-available", reasonRow("RESIGNATION").getAttribute("class"));
    assertTrue(driver.findElements(By.id("correction-state")).isEmpty(), "nothing asked yet");
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("ask-correction")));
    assertEquals("/claim/correction.xhtml", wizard.currentPath());
    Accessibility.assertNoSeriousViolations(driver, "correction request form");
    // A stateless page: no view state kept on the server, and the whole request, refused file
    // included, works without the session the identity step's message may have left behind.
    assertEquals(
        "stateless",
        driver.findElement(By.name("jakarta.faces.ViewState")).getAttribute("value"),
        "no view state kept on the server");
    driver.manage().getCookies().stream()
        .filter(c -> c.getName().startsWith("JSESSIONID"))
        .forEach(c -> driver.manage().deleteCookie(c));

    // A web page renamed to .pdf is refused by its content; the typed statement stays.
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    String letterDate = today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    type("correction:statement", "Mengundurkan diri, pemberi kerja belum melapor.");
    type("correction:letterDate", letterDate);
    driver
        .findElement(By.id("correction:document"))
        .sendKeys(TestFiles.htmlNamedPdf("paklaring-palsu.pdf").toAbsolutePath().toString());
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("correction:submit")));
    assertTrue(
        wizard.fieldError("correction", "document").contains("paklaring-palsu.pdf"),
        wizard.mainText());
    assertEquals(
        "Mengundurkan diri, pemberi kerja belum melapor.", wizard.value("correction", "statement"));
    assertEquals(0L, TestDatabase.count("SELECT COUNT(*) FROM correction_request"));

    driver
        .findElement(By.id("correction:document"))
        .sendKeys(TestFiles.pdf("paklaring-rina.pdf", 1).toAbsolutePath().toString());
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("correction:submit")));
    assertEquals("/claim/reason.xhtml", wizard.currentPath(), wizard.mainText());
    SessionFreeCookies.assertNoSessionAndNothingPersonal(
        driver, "correction requested", rina.nik(), rina.memberships().get(0).kpj());
    assertTrue(wizard.text("correction-state").contains("menunggu keputusan"), wizard.mainText());
    assertTrue(driver.findElements(By.id("ask-correction")).isEmpty(), "one request at a time");
    assertEquals(
        "SUBMITTED",
        TestDatabase.single(
            "SELECT r.state FROM correction_request r JOIN participant p"
                + " ON p.id = r.participant_id WHERE p.nik = ? AND r.kind = 'MEMBERSHIP_STATUS'",
            rina.nik()));
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("wizard-exit:leave")));
    Browser.quitAfterCheckingPolicy(driver);

    // The officer of Rina's home branch sees it on the branch's list and accepts it.
    driver = Browser.start();
    StaffPages staff =
        new StaffPages(driver, base).openHome().signIn("petugas.sda", "Petugas#2026");
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("correction-requests")));
    assertTrue(staff.pageText().contains(rina.fullName()), staff.pageText());
    assertFalse(driver.getPageSource().contains(rina.nik()), "the NIK only masked");
    Accessibility.assertNoSeriousViolations(driver, "officers' correction list");
    Browser.clickAndWaitForPage(
        driver, driver.findElement(By.cssSelector(".correction-row [id$=':accept']")));
    assertTrue(staff.pageText().contains("diterima"), staff.pageText());
    assertEquals(
        "NON_ACTIVE",
        TestDatabase.single(
            "SELECT m.status FROM membership m JOIN participant p ON p.id = m.participant_id"
                + " WHERE p.nik = ?",
            rina.nik()));
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'CORRECTION_ACCEPT'"
                + " AND actor = 'petugas.sda'"));
    List<MimeMessage> told = MAIL.sendOutboxUntil(rina.email(), 1);
    assertEquals(1, told.size(), "the participant is told of the decision");
    assertTrue(told.get(0).getSubject().contains("diterima"), told.get(0).getSubject());
    Browser.quitAfterCheckingPolicy(driver);

    // Back before the waiting month is over: the state and the waiting period are shown.
    driver = Browser.start();
    wizard = identify(driver, rina);
    if (new ClaimLocksPanel(driver).offersResume()) {
      new ClaimLocksPanel(driver).resume();
    }
    assertEquals("/claim/reason.xhtml", wizard.currentPath(), wizard.mainText());
    assertTrue(wizard.text("correction-state").contains("menerima koreksi"), wizard.mainText());
    assertEquals("not-available", reasonRow("RESIGNATION").getAttribute("class"));
    Accessibility.assertNoSeriousViolations(driver, "reason step, correction accepted");
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("wizard-exit:leave")));
    Browser.quitAfterCheckingPolicy(driver);

    // A month and a day later the resignation claim goes on to a queue number.
    TestHooks.advanceClockMinutes(32L * 24 * 60);
    driver = Browser.start();
    wizard = identify(driver, rina);
    if (new ClaimLocksPanel(driver).offersResume()) {
      new ClaimLocksPanel(driver).resume();
    }
    assertEquals("/claim/reason.xhtml", wizard.currentPath(), wizard.mainText());
    assertEquals("available", reasonRow("RESIGNATION").getAttribute("class"));
    wizard.chooseReason("RESIGNATION").next();
    wizard.fillContact(rina.email(), rina).next();
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), wizard.mainText());
    wizard.upload("KTP", TestFiles.jpeg("ktp-rina.jpg", 1200, 800));
    wizard.upload("KK", TestFiles.pdf("kk-rina.pdf", 1));
    wizard.upload("SAVINGS_BOOK", TestFiles.png("buku-rina.png", 900, 1200));
    wizard.upload("PHOTO", TestFiles.jpeg("foto-rina.jpg", 800, 1000));
    wizard.upload("PAKLARING", TestFiles.pdf("paklaring-rina-2.pdf", 1));
    wizard.next();
    assertEquals("/claim/schedule.xhtml", wizard.currentPath(), wizard.mainText());
    wizard.searchBranch("Sidoarjo").chooseBranch("SDA").chooseSession("B").next();
    assertEquals("/claim/confirm.xhtml", wizard.currentPath(), wizard.mainText());
    wizard.tick("confirm", "declaration").next();
    Browser.waitFor(driver).until(d -> d.getCurrentUrl().contains("/claim/booked.xhtml"));
    Browser.waitForFaces(driver);
    assertTrue(
        wizard.text("ticket-number").matches("SDA-\\d{6}-B\\d{3}"), wizard.text("ticket-number"));

    String bookingCode = wizard.text("booking-code");

    // Reloaded once the participant's cookie has lapsed (half an hour idle), the queue number
    // page says where the booking is found, instead of the identity page without a word.
    TestHooks.advanceClockMinutes(31);
    driver.navigate().refresh();
    assertEquals("/claim/identity.xhtml", wizard.currentPath(), wizard.mainText());
    assertTrue(wizard.mainText().contains("Cek status pemesanan"), wizard.mainText());
    Accessibility.assertNoSeriousViolations(driver, "identity after the booked page lapsed");
    HTML.save(driver, "identity-after-booked-lapsed");

    // The status page shows the accepted correction beside the booking.
    BookingStatusPage status = BookingStatusPage.open(driver, base);
    status.lookUp(bookingCode, rina.nik(), rina.birthDate());
    assertTrue(status.isBookingShown(), status.errors());
    String states = driver.findElement(By.id("correction-states")).getText();
    assertTrue(states.contains("menerima koreksi"), states);
  }

  /**
   * A node whose database connections a crowd has taken: the participant's Ajax request fails to
   * the error page, whose "try again" opens the step that failed; a whole page gets 503 with
   * Retry-After; once connections are free again, the retry goes on with nothing lost and nothing
   * half-done.
   */
  @Test
  void aNodeOutOfDatabaseConnectionsLeavesAPageToRetryFromAndRetryingLosesNothing()
      throws Exception {
    ParticipantSeed someone = anonymousResignedParticipant();
    driver = Browser.phone();
    WizardPages wizard = identify(driver, someone);
    wizard.chooseReason("RESIGNATION").next();
    wizard.fillContact("tertahan@example.com", someone).next();
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), wizard.mainText());
    wizard.upload("KTP", TestFiles.jpeg("ktp-tertahan.jpg", 900, 600));
    assertTrue(wizard.slotHasFile("KTP"), wizard.slotText("KTP"));

    Instant held = Instant.now();
    TestHooks.post("database/hold?seconds=" + POOL_HELD.toSeconds());
    Instant free = held.plus(POOL_HELD).plusSeconds(1);
    try {
      HttpRequest.Builder wholePage =
          HttpRequest.newBuilder(URI.create(base + "claim/documents.xhtml"))
              .header("Cookie", Browser.cookieHeader(driver))
              .timeout(POOL_HELD.plusSeconds(30));
      CompletableFuture<HttpResponse<String>> pageMeanwhile =
          HTTP_1_1.sendAsync(wholePage.build(), HttpResponse.BodyHandlers.ofString());
      driver.findElement(By.cssSelector("#slot-KTP .doc-remove")).click();
      Browser.waitFor(driver, POOL_HELD.plusSeconds(30))
          .until(d -> wizard.currentPath().startsWith("/error/"));
      Duration ajaxFailedAfter = Duration.between(held, Instant.now());
      assertEquals("/error/error.xhtml", wizard.currentPath());
      assertTrue(wizard.mainText().contains("Terjadi gangguan"), wizard.mainText());
      WebElement retry = driver.findElement(By.id("retry"));
      assertEquals(base + "claim/documents.xhtml", retry.getAttribute("href"), "the failed step");
      Accessibility.assertNoSeriousViolations(driver, "error page after a failed Ajax request");
      HTML.save(driver, "error-after-ajax");

      HttpResponse<String> page = pageMeanwhile.get();
      assertEquals(503, page.statusCode(), page.body());
      assertEquals("5", page.headers().firstValue("Retry-After").orElse(null));
      assertTrue(
          Pattern.compile("<a href=\"/claim/documents\\.xhtml\"[^>]*id=\"retry\"")
              .matcher(page.body())
              .find(),
          "try again opens the step that failed: " + page.body());
      assertTrue(
          ajaxFailedAfter.compareTo(POOL_HELD) < 0,
          "failed while connections were held, after " + ajaxFailedAfter.toSeconds() + " s");
    } finally {
      // Pass or fail, the tests after this one get their pool back.
      Browser.waitFor(driver, POOL_HELD.plusSeconds(5)).until(d -> Instant.now().isAfter(free));
    }
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("retry")));
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), wizard.mainText());
    assertTrue(wizard.slotHasFile("KTP"), "the failed remove changed nothing");
    wizard.remove("KTP");
    assertFalse(wizard.slotHasFile("KTP"), "tried again, it works");
  }

  private void type(String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  private void unlockWith(String code) {
    type("unlock:code", code);
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("unlock:unlock-now")));
  }

  private String codeFromMail(String address, int nth) throws Exception {
    List<MimeMessage> received = MAIL.sendOutboxUntil(address, nth);
    assertEquals(nth, received.size(), "the codes go to the registered address");
    String body = GreenMailUtil.getBody(received.get(nth - 1));
    Matcher code = Pattern.compile("Kode sekali pakai Anda: (\\d{6})").matcher(body);
    assertTrue(code.find(), body);
    return code.group(1);
  }

  private WebElement reasonRow(String reason) {
    return driver.findElement(By.cssSelector("#reason-overview tr[data-reason='" + reason + "']"));
  }

  private Map<String, Object> lookup(String nik) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "api/v1/claim-locks/lookup"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer demo-jmo-key")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.toJson(Map.of("nik", nik))))
                .timeout(Duration.ofSeconds(60))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return JSON.toType(response.body(), Json.MAP_TYPE);
  }
}
