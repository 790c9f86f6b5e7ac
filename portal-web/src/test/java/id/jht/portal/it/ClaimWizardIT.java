package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.infrastructure.demo.DemoCase;
import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.it.pages.ClaimLocksPanel;
import id.jht.portal.it.pages.HomePage;
import id.jht.portal.it.pages.IdentityPage;
import id.jht.portal.it.pages.StaffPages;
import id.jht.portal.it.pages.WizardPages;
import id.jht.portal.it.support.Accessibility;
import id.jht.portal.it.support.Browser;
import id.jht.portal.it.support.ManagedBrowser;
import id.jht.portal.it.support.RawHttp;
import id.jht.portal.it.support.TestDatabase;
import id.jht.portal.it.support.TestFiles;
import id.jht.portal.it.support.TestHooks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The participant's claim wizard in a real browser, on MariaDB. */
class ClaimWizardIT extends FreshPortal {

  @ManagedBrowser private WebDriver driver;

  @Test
  void eligibleResignationClaimGoesThroughEveryStepAndKeepsWhatWasEntered() {
    ParticipantSeed p = demoParticipant(DemoCase.RESIGNED_ELIGIBLE);
    HomePage.open(driver, base).switchToIndonesian().startClaim();
    Accessibility.assertNoSeriousViolations(driver, "identity");
    WizardPages wizard = identify(driver, p);
    assertEquals("/claim/reason.xhtml", wizard.currentPath(), wizard.mainText());
    assertTrue(wizard.mainText().contains("Identitas terkonfirmasi"), wizard.mainText());
    Accessibility.assertNoSeriousViolations(driver, "reason");

    wizard.chooseReason("RESIGNATION");
    assertTrue(wizard.decisionText().contains("Rp 35.420.150"), wizard.decisionText());
    wizard.next();
    assertEquals("/claim/contact.xhtml", wizard.currentPath(), wizard.mainText());
    Accessibility.assertNoSeriousViolations(driver, "contact");

    // Every wrong field is named at once, and nothing typed is lost.
    wizard
        .type("contact", "email", "andika@")
        .type("contact", "phone", "12345")
        .type("contact", "motherMaidenName", "Bukan Ibu")
        .select("contact", "bank", "BCA")
        .type("contact", "accountNumber", "123")
        .next();
    assertEquals("/claim/contact.xhtml", wizard.currentPath());
    assertFalse(wizard.fieldError("contact", "email").isEmpty());
    assertFalse(wizard.fieldError("contact", "phone").isEmpty());
    assertTrue(wizard.fieldError("contact", "motherMaidenName").contains("tidak sesuai"));
    assertFalse(wizard.fieldError("contact", "accountNumber").isEmpty());
    assertEquals("andika@", wizard.value("contact", "email"));
    Accessibility.assertNoSeriousViolations(driver, "contact with errors");
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM claim WHERE step_reached > 3 AND participant_id ="
                + " (SELECT id FROM participant WHERE nik = ?)",
            p.nik()));

    wizard.fillContact("andika.prasetyo@example.com", p);
    wizard.next();
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), wizard.mainText());

    // Back and forward keep what was entered.
    wizard.back();
    assertEquals("/claim/contact.xhtml", wizard.currentPath());
    assertEquals("andika.prasetyo@example.com", wizard.value("contact", "email"));
    assertEquals("1234567890", wizard.value("contact", "accountNumber"));
    wizard.fillContact("andika.prasetyo@example.com", p);
    wizard.next();

    wizard.upload("KTP", TestFiles.jpeg("ktp-andika.jpg", 1200, 800));
    wizard.upload("KK", TestFiles.pdf("kk-andika.pdf", 2));
    // A wrong file is rejected with its reason; the files already uploaded stay.
    wizard.upload("SAVINGS_BOOK", TestFiles.htmlNamedPdf("buku-tabungan.pdf"));
    assertTrue(wizard.messages().contains("buku-tabungan.pdf"), wizard.messages());
    assertTrue(wizard.messages().contains("HTML"), wizard.messages());
    assertFalse(wizard.slotHasFile("SAVINGS_BOOK"));
    assertTrue(wizard.slotHasFile("KTP"));
    assertTrue(wizard.slotText("KK").contains("2 halaman"), wizard.slotText("KK"));
    Accessibility.assertNoSeriousViolations(driver, "documents");

    // Too large: 6 MB + 1 byte, named with its limit; the other files stay.
    wizard.upload("SAVINGS_BOOK", TestFiles.oversized("besar.jpg", 6L * 1024 * 1024 + 1));
    assertTrue(wizard.messages().contains("besar.jpg"), wizard.messages());
    assertTrue(wizard.messages().contains("6 MB"), wizard.messages());
    assertTrue(wizard.slotHasFile("KTP"));
    wizard.upload("SAVINGS_BOOK", TestFiles.png("buku-tabungan.png", 900, 1200));
    wizard.upload("PHOTO", TestFiles.jpeg("foto-andika.jpg", 800, 1000));
    wizard.upload("PAKLARING", TestFiles.pdf("paklaring.pdf", 1));
    assertEquals(
        5L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM claim_document d JOIN claim c ON c.id = d.claim_id"
                + " JOIN participant p ON p.id = c.participant_id WHERE p.nik = ?",
            p.nik()));
    wizard.next();
    assertEquals("/claim/schedule.xhtml", wizard.currentPath(), wizard.mainText());

    Accessibility.assertNoSeriousViolations(driver, "schedule");
    wizard.searchBranch("Sidoarjo").chooseBranch("SDA").chooseSession("B").next();
    assertEquals("/claim/confirm.xhtml", wizard.currentPath(), wizard.mainText());
    String kpj = p.memberships().get(0).kpj();
    String maskedKpj = kpj.substring(0, 2) + "*".repeat(7) + kpj.substring(9);
    assertTrue(wizard.mainText().contains(maskedKpj), "KPJ is masked: " + wizard.mainText());
    assertFalse(wizard.mainText().contains(p.nik()), "NIK is never shown in full");

    Accessibility.assertNoSeriousViolations(driver, "confirm");
    wizard.next();
    assertEquals("/claim/confirm.xhtml", wizard.currentPath(), "the declaration is required");
    assertFalse(wizard.fieldError("confirm", "declaration").isEmpty());
    WebElement declaration = driver.findElement(By.id("confirm:declaration"));
    assertEquals(
        wizard.fieldError("confirm", "declaration"),
        driver.findElement(By.id(declaration.getAttribute("aria-describedby"))).getText(),
        "the checkbox names its message for screen readers");
    assertEquals(
        "confirm:declaration",
        declaration.findElement(By.xpath("ancestor::label")).getAttribute("for"),
        "the label wraps the checkbox and names it");

    // A double click (the page's own guard switched off) still yields one claim and one number.
    wizard.tick("confirm", "declaration");
    WebElement submit = driver.findElement(By.id("confirm:next"));
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].onclick = null; arguments[0].click(); arguments[0].click();", submit);
    Browser.waitFor(driver).until(d -> d.getCurrentUrl().contains("/claim/booked.xhtml"));
    Browser.waitForFaces(driver);
    assertEquals("/claim/booked.xhtml", wizard.currentPath(), wizard.mainText());
    assertTrue(
        wizard.text("ticket-number").matches("SDA-\\d{6}-B001"), wizard.text("ticket-number"));
    assertTrue(wizard.text("booking-code").matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}"));
    Accessibility.assertNoSeriousViolations(driver, "booked");
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM queue_ticket t JOIN claim c ON c.id = t.claim_id"
                + " JOIN participant p ON p.id = c.participant_id WHERE p.nik = ?",
            p.nik()));
    assertEquals(
        "QUEUED",
        TestDatabase.single(
            "SELECT c.status FROM claim c JOIN participant p ON p.id = c.participant_id"
                + " WHERE p.nik = ?",
            p.nik()));
  }

  @Test
  void anIneligibleParticipantSeesWhyAndWhatToDo() {
    WizardPages wizard = identify(driver, demoParticipant(DemoCase.STILL_ACTIVE));
    wizard.chooseReason("RESIGNATION");
    assertTrue(
        wizard.decisionText().contains("perusahaan belum melaporkan"), wizard.decisionText());
    wizard.next();
    assertEquals("/claim/reason.xhtml", wizard.currentPath());
    assertFalse(wizard.errorSummary("reason").isEmpty());

    WizardPages waiting = identify(driver, demoParticipant(DemoCase.NON_ACTIVE_UNDER_ONE_MONTH));
    waiting.chooseReason("RESIGNATION");
    assertTrue(
        waiting.decisionText().matches("(?s).*\\d{1,2} \\p{L}+ \\d{4}.*"), waiting.decisionText());
  }

  @Test
  void aParticipantWhoseSessionExpiredResumesWhereTheyWere() {
    ParticipantSeed p = demoParticipant(DemoCase.ABANDONED_DEMO);
    WizardPages wizard = identify(driver, p);
    wizard.chooseReason("RESIGNATION").next();
    assertEquals("/claim/contact.xhtml", wizard.currentPath());

    driver.manage().deleteAllCookies();
    driver.get(base + "claim/contact.xhtml");
    Browser.waitForFaces(driver);
    assertEquals(
        "/claim/identity.xhtml", wizard.currentPath(), "a new session must identify again");

    WizardPages again = identify(driver, p);
    assertEquals("/claim/contact.xhtml", again.currentPath(), again.mainText());

    // Leaving on purpose ends the session: the draft is a pending claim at once, not in 30 minutes.
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("wizard-exit:leave")));
    assertEquals("/index.xhtml", again.currentPath());
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM pending_claim pc JOIN participant p ON p.id = pc.participant_id"
                + " WHERE p.nik = ? AND pc.status = 'OPEN'",
            p.nik()));

    WizardPages resumed = identify(driver, p);
    assertEquals("/claim/identity.xhtml", resumed.currentPath(), "resume or cancel comes first");
    new ClaimLocksPanel(driver).resume();
    assertEquals("/claim/contact.xhtml", resumed.currentPath(), resumed.mainText());
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM pending_claim pc JOIN participant p ON p.id = pc.participant_id"
                + " WHERE p.nik = ? AND pc.status = 'OPEN'",
            p.nik()),
        "resuming releases the block");
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM claim c JOIN participant p ON p.id = c.participant_id"
                + " WHERE p.nik = ? AND c.status = 'DRAFT'",
            p.nik()));
  }

  @Test
  void theParticipantIsCarriedInASignedCookieAndAForgedOrExpiredOneIsRefusedKindly() {
    ParticipantSeed p = demoParticipant(DemoCase.SEVERAL_KPJ);
    WizardPages wizard = identify(driver, p);
    // Several KPJ: the identity page asks which one, knowing the participant from the cookie only.
    assertEquals("/claim/identity.xhtml", wizard.currentPath(), wizard.mainText());
    String second = p.memberships().get(1).kpj();
    wizard.type("identity", "chosenKpj", second);
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("identity:choose-kpj")));
    assertEquals("/claim/reason.xhtml", wizard.currentPath(), wizard.mainText());
    assertEquals(
        second,
        TestDatabase.single(
            "SELECT m.kpj FROM claim c JOIN membership m ON m.id = c.membership_id"
                + " JOIN participant p ON p.id = c.participant_id WHERE p.nik = ?"
                + " AND c.status = 'DRAFT'",
            p.nik()));

    Cookie pass = driver.manage().getCookieNamed("JHT_PARTICIPANT");
    assertNotNull(pass, "the participant is carried in a cookie");
    assertTrue(pass.isHttpOnly());
    // Identity, reason and contact keep no view state: any node answers them.
    wizard.chooseReason("RESIGNATION").next();
    assertEquals("/claim/contact.xhtml", wizard.currentPath(), wizard.mainText());
    wizard.back();
    assertEquals("/claim/reason.xhtml", wizard.currentPath(), wizard.mainText());
    assertEquals(
        "RESIGNATION",
        driver
            .findElement(By.cssSelector("#reason input[type=radio]:checked"))
            .getAttribute("value"));
    pass = driver.manage().getCookieNamed("JHT_PARTICIPANT");
    String payload =
        new String(
            Base64.getUrlDecoder()
                .decode(pass.getValue().substring(0, pass.getValue().indexOf('.'))),
            StandardCharsets.UTF_8);
    for (String personal : List.of(p.nik(), p.memberships().get(0).kpj(), second, p.fullName())) {
      assertFalse(payload.contains(personal), "ids only in the cookie: " + payload);
    }

    // A cookie changed in the browser (another participant's id, say) is refused: identify again.
    String forged = payload.replaceFirst("\\|\\d+\\|", "|1|");
    driver
        .manage()
        .addCookie(
            new Cookie(
                "JHT_PARTICIPANT",
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(forged.getBytes(StandardCharsets.UTF_8))
                    + pass.getValue().substring(pass.getValue().indexOf('.')),
                pass.getPath()));
    driver.get(base + "claim/reason.xhtml");
    Browser.waitForFaces(driver);
    assertEquals("/claim/identity.xhtml", wizard.currentPath());
    assertTrue(wizard.mainText().contains("kedaluwarsa"), wizard.mainText());

    // An idle cookie expires as a session did: after 30 minutes the participant identifies again.
    driver.manage().deleteAllCookies();
    identify(driver, p);
    wizard.type("identity", "chosenKpj", second);
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("identity:choose-kpj")));
    assertEquals("/claim/contact.xhtml", wizard.currentPath(), "resumed at the step reached");
    TestHooks.advanceClockMinutes(31);
    try {
      driver.get(base + "claim/reason.xhtml");
      Browser.waitForFaces(driver);
      assertEquals("/claim/identity.xhtml", wizard.currentPath());
      assertTrue(wizard.mainText().contains("kedaluwarsa"), wizard.mainText());
    } finally {
      TestHooks.advanceClockMinutes(-31);
    }
  }

  /**
   * A participant gets no HTTP session (no JSESSIONID): who they are travels in the signed cookie,
   * written once per answer, and the message shown after a redirect in a short-lived encrypted
   * cookie that the next page clears. Staff still get their session at sign-in.
   */
  @Test
  void theWizardSetsNoJsessionid() {
    ParticipantSeed p = anonymousResignedParticipant();
    RawHttp.Response identityPage =
        RawHttp.send(LOOPBACK, "GET", "/claim/identity.xhtml", Map.of(), null);
    String formCookie = firstCookie(identityPage, "jht-form");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("identity", "identity");
    fields.put("identity:nik", p.nik());
    fields.put("identity:kpj", p.memberships().get(0).kpj());
    fields.put("identity:fullName", p.fullName());
    fields.put("identity:birthDate", Browser.typed(p.birthDate()));
    fields.put("identity:verify", "x");
    fields.put("jakarta.faces.ViewState", "stateless");
    fields.put("jht-form-token", formCookie.substring("jht-form=".length()));
    RawHttp.Response identified =
        RawHttp.postForm(LOOPBACK, "/claim/identity.xhtml", formCookie, fields);
    assertEquals(302, identified.status(), identified.body());
    List<String> setCookies = identified.headers("Set-Cookie");
    assertEquals(
        1,
        setCookies.stream().filter(c -> c.startsWith("JHT_PARTICIPANT=")).count(),
        "the participant cookie is written once per answer: " + setCookies);
    assertNoSessionCookie(setCookies);
    String kept = firstCookie(identified, "JHT_MESSAGES");
    String keptSetCookie =
        setCookies.stream().filter(c -> c.startsWith("JHT_MESSAGES=")).findFirst().orElseThrow();
    assertTrue(keptSetCookie.contains("HttpOnly"), keptSetCookie);
    assertTrue(keptSetCookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), keptSetCookie);
    assertTrue(keptSetCookie.contains("Max-Age="), keptSetCookie);
    byte[] sealed = Base64.getUrlDecoder().decode(kept.substring("JHT_MESSAGES=".length()));
    String decoded = new String(sealed, StandardCharsets.ISO_8859_1);
    for (String personal : List.of(p.fullName(), p.nik(), "terkonfirmasi")) {
      assertFalse(kept.contains(personal) || decoded.contains(personal), "sealed: " + kept);
    }
    // The next page (any node: nothing was kept on this one) shows the message and clears it.
    RawHttp.Response reason =
        RawHttp.send(
            LOOPBACK,
            "GET",
            URI.create(identified.header("Location")).getPath(),
            Map.of(
                "Cookie",
                String.join("; ", formCookie, firstCookie(identified, "JHT_PARTICIPANT"), kept)),
            null);
    assertEquals(200, reason.status(), reason.body());
    assertTrue(reason.body().contains("Identitas terkonfirmasi"), reason.body());
    assertTrue(
        reason.headers("Set-Cookie").stream()
            .anyMatch(c -> c.startsWith("JHT_MESSAGES=") && c.contains("Max-Age=0")),
        reason.headers("Set-Cookie").toString());
    assertNoSessionCookie(reason.headers("Set-Cookie"));
    // What the message costs on the line (bench/FINDINGS.md, issue 12): the header lines' bytes.
    System.out.printf(
        "message cookie: set %d B, sent back %d B, cleared %d B%n",
        ("Set-Cookie: " + keptSetCookie + "\r\n").length(),
        ("; " + kept).length(),
        reason.headers("Set-Cookie").stream()
            .filter(c -> c.startsWith("JHT_MESSAGES="))
            .mapToInt(c -> ("Set-Cookie: " + c + "\r\n").length())
            .sum());

    // In the browser, step by step (the draft resumes at the reason step).
    WizardPages wizard = identify(driver, p);
    assertEquals("/claim/reason.xhtml", wizard.currentPath(), wizard.mainText());
    assertTrue(wizard.mainText().contains("Identitas terkonfirmasi"), wizard.mainText());
    assertNoSession("identity -> reason");
    assertNull(driver.manage().getCookieNamed("JHT_MESSAGES"), "read once, then cleared");
    wizard.chooseReason("RESIGNATION");
    assertNoSession("reason's decision (ajax)");
    wizard.next();
    assertEquals("/claim/contact.xhtml", wizard.currentPath(), wizard.mainText());
    assertNoSession("reason -> contact");
    wizard.type("contact", "email", "bukan-alamat@").next();
    assertEquals("/claim/contact.xhtml", wizard.currentPath());
    assertNoSession("contact refused");
    wizard.back();
    assertEquals("/claim/reason.xhtml", wizard.currentPath(), wizard.mainText());
    wizard.next();
    assertNoSession("back and forth");
    wizard.fillContact("tanpa.sesi@example.com", p).next();
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), wizard.mainText());
    assertNoSession("contact -> documents");
    wizard.upload("KTP", TestFiles.jpeg("ktp-tanpa-sesi.jpg", 1200, 800));
    assertNoSession("an upload");
    wizard.upload("SAVINGS_BOOK", TestFiles.htmlNamedPdf("buku-tabungan.pdf"));
    assertFalse(wizard.slotHasFile("SAVINGS_BOOK"));
    assertNoSession("a refused upload");
    wizard.upload("KK", TestFiles.pdf("kk-tanpa-sesi.pdf", 1));
    wizard.upload("SAVINGS_BOOK", TestFiles.png("buku-tanpa-sesi.png", 900, 1200));
    wizard.upload("PHOTO", TestFiles.jpeg("foto-tanpa-sesi.jpg", 800, 1000));
    wizard.upload("PAKLARING", TestFiles.pdf("paklaring-tanpa-sesi.pdf", 1));
    wizard.next();
    assertEquals("/claim/schedule.xhtml", wizard.currentPath(), wizard.mainText());
    assertNoSession("documents -> schedule");
    wizard.searchBranch("Sidoarjo").chooseBranch("SDA").chooseSession("A").next();
    assertEquals("/claim/confirm.xhtml", wizard.currentPath(), wizard.mainText());
    assertNoSession("schedule -> confirm");
    wizard.tick("confirm", "declaration").next();
    Browser.waitFor(driver).until(d -> d.getCurrentUrl().contains("/claim/booked.xhtml"));
    Browser.waitForFaces(driver);
    assertNoSession("confirm -> booked");

    // Staff pages keep their session: signing in makes one.
    driver.manage().deleteAllCookies();
    StaffPages staff =
        new StaffPages(driver, base).openHome().signIn("petugas.sda", "Petugas#2026");
    assertFalse(staff.welcome().isBlank());
    assertNotNull(driver.manage().getCookieNamed("JSESSIONID"), "staff are signed in by a session");
  }

  private static final String LOOPBACK = "127.0.0.1";

  private void assertNoSession(String where) {
    for (Cookie cookie : driver.manage().getCookies()) {
      assertFalse(cookie.getName().startsWith("JSESSIONID"), where + ": " + cookie.getName());
    }
  }

  private static void assertNoSessionCookie(List<String> setCookies) {
    assertTrue(
        setCookies.stream().noneMatch(c -> c.startsWith("JSESSIONID")),
        "no HTTP session for a participant: " + setCookies);
  }

  /** The "name=value" of an answer's first Set-Cookie of that name. */
  private static String firstCookie(RawHttp.Response answer, String name) {
    return answer.headers("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.contains(";") ? c.substring(0, c.indexOf(';')) : c)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + ": " + answer.headers("Set-Cookie")));
  }

  @Test
  void theWholePathWorksInEnglish() {
    HomePage.open(driver, base).switchToEnglish();
    ParticipantSeed p = demoParticipant(DemoCase.AGE_56);
    IdentityPage identity = new HomePage(driver).startClaim();
    identity.fill(p.nik(), p.memberships().get(0).kpj(), p.fullName(), p.birthDate()).submit();
    WizardPages wizard = new WizardPages(driver);
    assertTrue(wizard.heading().startsWith("Step 2"), wizard.heading());
    wizard.chooseReason("RETIREMENT_AGE");
    assertTrue(wizard.decisionText().contains("Payable"), "[" + wizard.decisionText() + "]");
    wizard.next();
    assertEquals("Step 3: Contact and bank account", wizard.heading());
  }

  @Test
  void aClaimHeldByAnotherChannelStopsANewClaimWithItsBranch() throws Exception {
    ParticipantSeed p = demoParticipant(DemoCase.BALANCE_ABOVE_50_JUTA);
    String body =
        "{\"nik\":\""
            + p.nik()
            + "\",\"kpj\":\""
            + p.memberships().get(0).kpj()
            + "\",\"fullName\":\""
            + p.fullName()
            + "\",\"branchCode\":\"SDA\","
            + "\"status\":\"SUBMITTED\"}";
    HttpResponse<String> put =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/channel-claims/JMO-WIZ-1"))
                    .header("Authorization", "Bearer demo-jmo-key")
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertTrue(put.statusCode() == 201 || put.statusCode() == 200, put.body());

    WizardPages wizard = identify(driver, p);
    assertEquals("/claim/identity.xhtml", wizard.currentPath(), "no draft may start");
    assertTrue(wizard.mainText().contains("Sidoarjo"), wizard.mainText());
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM claim c JOIN participant p ON p.id = c.participant_id"
                + " WHERE p.nik = ?",
            p.nik()));
  }

  @Test
  void theWaitingPeriodEndsWhenTheClockReachesItsLastDay() throws Exception {
    ParticipantSeed p = demoParticipant(DemoCase.NON_ACTIVE_UNDER_ONE_MONTH);
    WizardPages before = identify(driver, p);
    before.chooseReason("RESIGNATION");
    assertTrue(before.decisionText().contains("masa tunggu"), before.decisionText());
    long minutes = 25L * 24 * 60;
    TestHooks.advanceClockMinutes(minutes);
    try {
      WizardPages after = identify(driver, p);
      if (after.currentPath().equals("/claim/identity.xhtml")) {
        // Idle for 25 days, the draft became a pending claim: the participant chooses to resume it.
        new ClaimLocksPanel(driver).resume();
      }
      after.chooseReason("RESIGNATION");
      assertTrue(after.decisionText().contains("100 %"), after.decisionText());
    } finally {
      TestHooks.advanceClockMinutes(-minutes);
    }
  }

  @Test
  void whenTheSessionFillsUpBeforeSubmissionTheNearestAlternativesAreOffered() {
    ParticipantSeed p = demoParticipant(DemoCase.PARTIAL_10_YEARS);
    WizardPages wizard = identify(driver, p);
    assertEquals("/claim/reason.xhtml", wizard.currentPath(), wizard.mainText());
    // The earlier steps are the subject of other tests: this one starts from a complete draft.
    LocalDate day = firstWorkingDayAfterToday();
    long claimId =
        ((Number)
                TestDatabase.single(
                    "SELECT c.id FROM claim c JOIN participant p ON p.id = c.participant_id"
                        + " WHERE p.nik = ? AND c.status = 'DRAFT'",
                    p.nik()))
            .longValue();
    TestDatabase.update(
        "UPDATE claim SET step_reached = 6, reason = 'PARTIAL_OTHER', email = 'maruli@example.com',"
            + " phone = '+6281234567890', bank_code = 'BCA', account_number = '1234567890',"
            + " account_holder = ?, branch_id = (SELECT id FROM branch_office WHERE code = 'JSL'),"
            + " service_date = ?, session_code = 'A', payable_amount = 4680000 WHERE id = ?",
        p.fullName(),
        java.sql.Date.valueOf(day),
        claimId);
    for (String type :
        new String[] {"KTP", "KK", "SAVINGS_BOOK", "PHOTO", "STILL_WORKING_OR_STOPPED_STATEMENT"}) {
      TestDatabase.update(
          "INSERT INTO claim_document (claim_id, document_type, display_name, storage_key,"
              + " content_type, size_bytes, sha256, review_status, uploaded_at)"
              + " VALUES (?, ?, ?, ?, 'application/pdf', 1000, ?, 'PENDING', NOW())",
          claimId,
          type,
          type + ".pdf",
          Long.toHexString(claimId) + type,
          String.format("%064d", type.hashCode() & 0x7fffffff));
    }
    driver.get(base + "claim/confirm.xhtml");
    Browser.waitForFaces(driver);
    // Session A fills up (quota 0 for that day) while the participant reads the summary.
    TestDatabase.update(
        "INSERT INTO quota_override (branch_id, service_date, session_code, quota)"
            + " VALUES ((SELECT id FROM branch_office WHERE code = 'JSL'), ?, 'A', 0)",
        java.sql.Date.valueOf(day));
    wizard.tick("confirm", "declaration").next();
    assertEquals("/claim/confirm.xhtml", wizard.currentPath());
    String alternatives = wizard.text("confirm:alternatives");
    assertTrue(alternatives.contains("sesi B") || alternatives.contains("sesi C"), alternatives);
    assertEquals(
        0L, TestDatabase.count("SELECT COUNT(*) FROM queue_ticket WHERE claim_id = ?", claimId));
    assertEquals("DRAFT", TestDatabase.single("SELECT status FROM claim WHERE id = ?", claimId));
  }

  private static LocalDate firstWorkingDayAfterToday() {
    LocalDate day = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1);
    while (day.getDayOfWeek().getValue() >= 6
        || TestDatabase.count(
                "SELECT COUNT(*) FROM holiday WHERE holiday_date = ?", java.sql.Date.valueOf(day))
            > 0) {
      day = day.plusDays(1);
    }
    return day;
  }
}
