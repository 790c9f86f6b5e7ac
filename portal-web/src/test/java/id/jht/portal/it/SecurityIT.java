package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.infrastructure.demo.DemoCase;
import id.jht.portal.infrastructure.demo.DemoDataset;
import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.it.pages.HomePage;
import id.jht.portal.it.pages.IdentityPage;
import id.jht.portal.it.pages.WizardPages;
import id.jht.portal.it.support.Browser;
import id.jht.portal.it.support.Clamd;
import id.jht.portal.it.support.PortalDeployment;
import id.jht.portal.it.support.TestDatabase;
import id.jht.portal.it.support.TestFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * What stands between the portal and the internet: malware scanning by a real clamd, the client
 * address behind a proxy, the public URL, the response headers, the API's limits, and secrets staff
 * never see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

  private static final DemoDataset DEMO =
      DemoDataset.generate(LocalDate.now(ZoneId.of("Asia/Jakarta")));
  private final String base = PortalDeployment.baseUrl();
  private final HttpClient http = HttpClient.newHttpClient();
  private WebDriver driver;

  @Deployment(testable = false)
  static WebArchive portal() {
    return PortalDeployment.freshPortal();
  }

  @BeforeEach
  void startBrowser() {
    driver = Browser.start();
  }

  @AfterEach
  void stopBrowser() {
    driver.quit();
    Clamd.ensureRunning();
  }

  @Test
  void uploadsAreScannedByClamdAndRefusedWhenInfectedOrWhenClamdIsDown() throws Exception {
    ParticipantSeed p = DEMO.demoParticipant(DemoCase.RESIGNED_ELIGIBLE);
    WizardPages wizard = toDocumentsStep(p);

    wizard.upload("KK", TestFiles.pdfCarrying("kk-eicar.pdf", Clamd.EICAR));
    assertTrue(wizard.messages().contains("terdeteksi mengandung virus"), wizard.messages());
    assertTrue(wizard.messages().contains("kk-eicar.pdf"), wizard.messages());
    assertFalse(wizard.slotHasFile("KK"));
    // Our own signature too: clamd reads the database the tests wrote, not only EICAR's.
    wizard.upload("KTP", TestFiles.pdfCarrying("ktp-tanda.pdf", Clamd.OWN_MARKER));
    assertTrue(wizard.messages().contains("terdeteksi mengandung virus"), wizard.messages());
    assertFalse(wizard.slotHasFile("KTP"));
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM claim_document d JOIN claim c ON c.id = d.claim_id"
                + " JOIN participant p ON p.id = c.participant_id WHERE p.nik = ?",
            p.nik()));
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'DOCUMENT_MALWARE_REFUSED'"
                + " AND detail LIKE '%document=KK%Test.EICAR.Body%'"));
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'DOCUMENT_MALWARE_REFUSED'"
                + " AND actor LIKE ?",
            "%" + p.nik() + "%"),
        "the audit trail names the participant by masked NIK only");

    // A clean file of the same kind is accepted.
    wizard.upload("KK", TestFiles.pdfCarrying("kk-bersih.pdf", "kartu keluarga"));
    assertTrue(wizard.slotHasFile("KK"), wizard.messages());
    assertTrue(ready().body().contains("\"malware-scanner\""), ready().body());
    assertEquals(200, ready().statusCode(), ready().body());

    // clamd down: the upload is refused (fail closed) and the node is not ready.
    Clamd.stop();
    wizard.upload("KTP", TestFiles.pdf("ktp-saat-mati.pdf", 1));
    assertTrue(wizard.messages().contains("coba lagi nanti"), wizard.messages());
    assertFalse(wizard.slotHasFile("KTP"));
    HttpResponse<String> down = ready();
    assertEquals(503, down.statusCode(), down.body());
    assertTrue(down.body().contains("\"malware-scanner\""), down.body());

    Clamd.ensureRunning();
    assertEquals(200, ready().statusCode());
    wizard.upload("KTP", TestFiles.pdf("ktp-lagi.pdf", 1));
    assertTrue(wizard.slotHasFile("KTP"), wizard.messages());
  }

  private HttpResponse<String> ready() throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "health/ready")).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private WizardPages toDocumentsStep(ParticipantSeed p) {
    IdentityPage identity = HomePage.open(driver, base).switchToIndonesian().startClaim();
    identity.fill(p.nik(), p.memberships().get(0).kpj(), p.fullName(), p.birthDate()).submit();
    WizardPages wizard = new WizardPages(driver);
    wizard.chooseReason("RESIGNATION");
    wizard.next();
    wizard
        .type("contact", "email", "andika.prasetyo@example.com")
        .type("contact", "phone", "0812 3456 7890")
        .type("contact", "motherMaidenName", p.motherMaidenName())
        .select("contact", "bank", "BCA")
        .type("contact", "accountNumber", "1234567890")
        .type("contact", "accountHolder", p.fullName())
        .next();
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), wizard.mainText());
    return wizard;
  }
}
