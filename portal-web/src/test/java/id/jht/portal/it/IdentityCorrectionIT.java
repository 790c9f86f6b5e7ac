package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.jht.portal.infrastructure.demo.DemoCase;
import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.it.pages.BookingStatusPage;
import id.jht.portal.it.pages.ClaimLocksPanel;
import id.jht.portal.it.pages.HomePage;
import id.jht.portal.it.pages.IdentityPage;
import id.jht.portal.it.pages.StaffPages;
import id.jht.portal.it.pages.WizardPages;
import id.jht.portal.it.support.Accessibility;
import id.jht.portal.it.support.Browser;
import id.jht.portal.it.support.HtmlValidity;
import id.jht.portal.it.support.ManagedBrowser;
import id.jht.portal.it.support.PortalMailbox;
import id.jht.portal.it.support.TestDatabase;
import id.jht.portal.it.support.TestFiles;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

/**
 * Issue 14, identity data that differ from the e-KTP, in Chromium on MariaDB: the participant asks
 * the branch for a correction with the e-KTP photo without passing the identity step (and without
 * learning whether a NIK exists), sees the request's state with the mailed reference, the branch's
 * officer opens the photo and accepts or refuses, administrators see every branch's list.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityCorrectionIT extends FreshPortal {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Checks every page the tests saved once the class is done. */
  @RegisterExtension static final HtmlValidity HTML = new HtmlValidity("identity-correction");

  @RegisterExtension static final PortalMailbox MAIL = new PortalMailbox();

  @ManagedBrowser(startedByTheTest = true)
  private WebDriver driver;

  /**
   * First: it counts every identity correction request in the database, to see that its request is
   * the one and only that the form created.
   */
  @Test
  @Order(1)
  void aNameCorrectionIsAcceptedAndTheParticipantPassesTheIdentityStepWithTheEktpName()
      throws Exception {
    ParticipantSeed rizky = demoParticipant(DemoCase.IDENTITY_DIFFERS);
    String ektpName = DemoCase.IDENTITY_DIFFERS_EKTP_NAME;
    String kpj = rizky.memberships().get(0).kpj();
    driver = Browser.phone();
    IdentityPage identity = HomePage.open(driver, base).switchToIndonesian().startClaim();
    identity.fill(rizky.nik(), kpj, ektpName, rizky.birthDate()).submit();
    assertTrue(identity.errorSummary().contains("tidak cocok"), identity.errorSummary());
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("identity-correction-link")));
    assertEquals("/claim/identity-correction.xhtml", path());
    Accessibility.assertNoSeriousViolations(driver, "identity correction form");
    HTML.save(driver, "identity-correction-form");

    // A birth date the NIK contradicts is refused at its field, before any registry look-up.
    fillRequest(rizky.nik(), kpj, ektpName, rizky.birthDate().plusDays(1), "ektp-rizky.jpg");
    submitRequest();
    assertTrue(fieldError("ektp", "birthDate").contains("NIK"), main());
    assertEquals(ektpName, value("ektp:fullName"), "what was typed stays");
    assertEquals(0L, requests());

    fillRequest(rizky.nik(), kpj, ektpName, rizky.birthDate(), "ektp-rizky.jpg");
    submitRequest();
    String answerForKnownPair = notice("ektp");
    assertTrue(answerForKnownPair.contains("sudah kami terima"), main());
    assertEquals(1L, requests());
    assertEquals(
        ektpName,
        TestDatabase.single(
            "SELECT r.claimed_name FROM correction_request r JOIN participant p"
                + " ON p.id = r.participant_id WHERE p.nik = ? AND r.kind = 'IDENTITY_DATA'"
                + " AND r.state = 'SUBMITTED'",
            rizky.nik()));
    Accessibility.assertNoSeriousViolations(driver, "identity correction received");
    HTML.save(driver, "identity-correction-received");

    // No enumeration: a KPJ that is not this NIK's gets the very same answer and creates nothing.
    driver.get(base + "claim/identity-correction.xhtml");
    fillRequest(rizky.nik(), "19073365821", ektpName, rizky.birthDate(), "ektp-lain.jpg");
    submitRequest();
    assertEquals(answerForKnownPair, notice("ektp"));
    assertEquals(1L, requests());

    // The reference goes to the registered address; with it the participant sees what is pending
    // and where.
    String reference = referenceFromMail(rizky.email());
    lookUp(rizky.nik(), "AAAAA-22222");
    assertTrue(fieldError("lookup", "reference").contains("Tidak ada permintaan"), main());
    lookUp(rizky.nik(), reference.toLowerCase());
    String state = driver.findElement(By.id("correction-state")).getText();
    assertTrue(state.contains("menunggu keputusan") && state.contains(ektpName), state);
    Accessibility.assertNoSeriousViolations(driver, "identity correction state, waiting");
    HTML.save(driver, "identity-correction-waiting");
    driver.quit();

    // Another branch's officer cannot open the e-KTP photo; the administrator sees every branch.
    Long requestId =
        ((Number)
                TestDatabase.single(
                    "SELECT id FROM correction_request WHERE kind = 'IDENTITY_DATA'"
                        + " AND state = 'SUBMITTED'"))
            .longValue();
    driver = Browser.start();
    new StaffPages(driver, base).openHome().signIn("petugas.jkt", "Petugas#2026");
    assertEquals(403, openDocument(requestId).statusCode(), "another branch's document");
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("correction-requests")));
    assertTrue(driver.findElements(By.cssSelector(".correction-row")).isEmpty(), main());
    driver.quit();

    driver = Browser.start();
    new StaffPages(driver, base).openHome().signIn("admin", "Admin#Portal2026");
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("correction-requests")));
    assertTrue(main().contains(ektpName), "every branch: " + main());
    assertTrue(driver.findElements(By.cssSelector(".correction-row [id$=':accept']")).isEmpty());
    Accessibility.assertNoSeriousViolations(driver, "correction list, administrator");
    HTML.save(driver, "correction-list-admin");
    chooseBranch("Jakarta Salemba");
    assertFalse(main().contains(ektpName), "filtered to another branch: " + main());
    driver.quit();

    // The home branch's officer compares both sides, opens the photo inline and accepts.
    driver = Browser.start();
    StaffPages staff =
        new StaffPages(driver, base).openHome().signIn("petugas.sda", "Petugas#2026");
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("correction-requests")));
    WebElement row = rowOf(ektpName);
    assertTrue(
        row.findElement(By.cssSelector(".registry-data")).getText().contains(rizky.fullName()));
    assertTrue(row.findElement(By.cssSelector(".ektp-data")).getText().contains(ektpName));
    assertFalse(driver.getPageSource().contains(rizky.nik()), "the NIK only masked");
    Accessibility.assertNoSeriousViolations(driver, "correction list with an identity request");
    HTML.save(driver, "correction-list-officer");
    HttpResponse<byte[]> photo = openDocument(requestId);
    assertEquals(200, photo.statusCode());
    assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElse(""));
    assertTrue(photo.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
    assertEquals(0xFF, photo.body()[0] & 0xFF, "a JPEG");
    Browser.clickAndWaitForPage(driver, row.findElement(By.cssSelector("[id$=':accept']")));
    assertTrue(staff.pageText().contains("sesuai dengan e-KTP"), staff.pageText());
    assertEquals(
        ektpName,
        TestDatabase.single("SELECT full_name FROM participant WHERE nik = ?", rizky.nik()));
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'CORRECTION_ACCEPT'"
                + " AND actor = 'petugas.sda' AND target_id = ?",
            String.valueOf(requestId)));
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'CORRECTION_DOCUMENT_VIEWED'"
                + " AND actor = 'petugas.sda'"));
    List<MimeMessage> told = MAIL.await(rizky.email(), 2);
    assertTrue(told.get(1).getSubject().contains("diterima"), told.get(1).getSubject());
    driver.quit();

    // With the e-KTP's name the identity step now passes and the claim goes on.
    driver = Browser.phone();
    identity = HomePage.open(driver, base).switchToIndonesian().startClaim();
    identity.fill(rizky.nik(), kpj, ektpName, rizky.birthDate()).submit();
    WizardPages wizard = new WizardPages(driver);
    if (new ClaimLocksPanel(driver).offersResume()) {
      new ClaimLocksPanel(driver).resume();
    }
    assertEquals("/claim/reason.xhtml", wizard.currentPath(), wizard.mainText());
    wizard.chooseReason("RESIGNATION").next();
    assertEquals("/claim/contact.xhtml", wizard.currentPath(), wizard.mainText());
    wizard
        .type("contact", "email", rizky.email())
        .type("contact", "phone", "0812 3456 7890")
        .type("contact", "motherMaidenName", rizky.motherMaidenName())
        .select("contact", "bank", "BCA")
        .type("contact", "accountNumber", "1234567890")
        .type("contact", "accountHolder", ektpName)
        .next();
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), wizard.mainText());
    wizard.upload("KTP", TestFiles.jpeg("ktp-rizky.jpg", 1200, 800));
    wizard.upload("KK", TestFiles.pdf("kk-rizky.pdf", 1));
    wizard.upload("SAVINGS_BOOK", TestFiles.png("buku-rizky.png", 900, 1200));
    wizard.upload("PHOTO", TestFiles.jpeg("foto-rizky.jpg", 800, 1000));
    wizard.upload("PAKLARING", TestFiles.pdf("paklaring-rizky.pdf", 1));
    wizard.next();
    assertEquals("/claim/schedule.xhtml", wizard.currentPath(), wizard.mainText());
    wizard.searchBranch("Sidoarjo").chooseBranch("SDA").chooseSession("B").next();
    wizard.tick("confirm", "declaration").next();
    Browser.waitFor(driver).until(d -> d.getCurrentUrl().contains("/claim/booked.xhtml"));
    Browser.waitForFaces(driver);

    // The status page he returns to shows the correction among the booking's details.
    String bookingCode = driver.findElement(By.id("booking-code")).getText();
    BookingStatusPage status = BookingStatusPage.open(driver, base);
    status.lookUp(bookingCode, rizky.nik(), rizky.birthDate());
    assertTrue(status.isBookingShown(), status.errors());
    String states = driver.findElement(By.id("correction-states")).getText();
    assertTrue(states.contains("sesuai dengan e-KTP") && states.contains(ektpName), states);
    Accessibility.assertNoSeriousViolations(driver, "booking status with the correction");
  }

  @Test
  void aRefusedCorrectionShowsTheParticipantTheRefusalAndItsReason() throws Exception {
    ParticipantSeed andika = demoParticipant(DemoCase.RESIGNED_ELIGIBLE);
    String ektpName = "Andhika Prasetya";
    driver = Browser.start();
    driver.get(base + "claim/identity-correction.xhtml");
    fillRequest(
        andika.nik(), andika.memberships().get(0).kpj(), ektpName, andika.birthDate(), "e.png");
    submitRequest();
    assertTrue(notice("ektp").contains("sudah kami terima"), main());
    String reference = referenceFromMail(andika.email());
    driver.quit();

    driver = Browser.start();
    StaffPages staff =
        new StaffPages(driver, base).openHome().signIn("petugas.sda", "Petugas#2026");
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("correction-requests")));
    Browser.clickAndWaitForPage(
        driver, rowOf(ektpName).findElement(By.cssSelector("[id$=':refuse']")));
    WebElement reason = driver.findElement(By.id("corrections:refusalReason"));
    reason.sendKeys("Foto e-KTP buram, nama tidak terbaca.");
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("corrections:confirm-refuse")));
    assertTrue(staff.pageText().contains("ditolak"), staff.pageText());
    assertEquals(
        andika.fullName(),
        TestDatabase.single("SELECT full_name FROM participant WHERE nik = ?", andika.nik()),
        "the registry unchanged");
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'CORRECTION_REFUSE'"
                + " AND actor = 'petugas.sda'"));
    List<MimeMessage> told = MAIL.await(andika.email(), 2);
    assertTrue(told.get(1).getSubject().contains("ditolak"), told.get(1).getSubject());
    assertTrue(GreenMailUtil.getBody(told.get(1)).contains("buram"));
    driver.quit();

    driver = Browser.phone();
    driver.get(base + "claim/identity-correction.xhtml");
    lookUp(andika.nik(), reference);
    String state = driver.findElement(By.id("correction-state")).getText();
    assertTrue(state.contains("menolak") && state.contains("Foto e-KTP buram"), state);
    Accessibility.assertNoSeriousViolations(driver, "identity correction state, refused");
    HTML.save(driver, "identity-correction-refused");
  }

  private void fillRequest(String nik, String kpj, String name, LocalDate birth, String file) {
    type("ektp:nik", nik);
    type("ektp:kpj", kpj);
    type("ektp:fullName", name);
    type("ektp:birthDate", birth.format(DATE));
    type("ektp:statement", "Nama saya di data kepesertaan salah eja.");
    Path photo =
        file.endsWith(".png") ? TestFiles.png(file, 1000, 640) : TestFiles.jpeg(file, 1000, 640);
    driver.findElement(By.id("ektp:photo")).sendKeys(photo.toAbsolutePath().toString());
  }

  private void submitRequest() {
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("ektp:submit")));
  }

  private void lookUp(String nik, String reference) {
    type("lookup:lookupNik", nik);
    type("lookup:reference", reference);
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("lookup:look-up")));
  }

  private void chooseBranch(String name) {
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("branch-filter:branch")))
        .selectByVisibleText(name);
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("branch-filter:filter")));
  }

  private WebElement rowOf(String ektpName) {
    return driver.findElements(By.cssSelector(".correction-row")).stream()
        .filter(r -> r.getText().contains(ektpName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + ektpName + ": " + main()));
  }

  private HttpResponse<byte[]> openDocument(Long requestId) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + "staff/corrections/document?id=" + requestId))
            .header("Cookie", Browser.cookieHeader(driver))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private String referenceFromMail(String address) throws Exception {
    String body = GreenMailUtil.getBody(MAIL.await(address, 1).get(0));
    Matcher reference =
        Pattern.compile("Nomor permintaan: ([A-Z0-9]{5}-[A-Z0-9]{5})").matcher(body);
    assertTrue(reference.find(), body);
    return reference.group(1);
  }

  private static long requests() {
    return TestDatabase.count(
        "SELECT COUNT(*) FROM correction_request WHERE kind = 'IDENTITY_DATA'");
  }

  private String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  private String main() {
    return driver.findElement(By.tagName("main")).getText();
  }

  private String notice(String form) {
    List<WebElement> info = driver.findElements(By.id(form + ":info-summary"));
    return info.isEmpty() ? "" : info.get(0).getText();
  }

  private String fieldError(String form, String field) {
    List<WebElement> errors = driver.findElements(By.id(form + ":" + field + "-error"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }

  private String value(String id) {
    return driver.findElement(By.id(id)).getAttribute("value");
  }

  private void type(String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }
}
