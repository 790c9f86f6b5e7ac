package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.infrastructure.demo.DemoCase;
import id.jht.portal.infrastructure.demo.DemoDataset;
import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.infrastructure.security.PasswordHasher;
import id.jht.portal.it.pages.HomePage;
import id.jht.portal.it.pages.IdentityPage;
import id.jht.portal.it.pages.WizardPages;
import id.jht.portal.it.support.Browser;
import id.jht.portal.it.support.Clamd;
import id.jht.portal.it.support.PortalDeployment;
import id.jht.portal.it.support.RawHttp;
import id.jht.portal.it.support.TestDatabase;
import id.jht.portal.it.support.TestFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
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

  /** 127.0.0.2 is the trusted reverse proxy of this deployment (portal.trusted-proxies). */
  private static final String PROXY = "127.0.0.2";

  private static final String DIRECT = "127.0.0.1";

  @Test
  void behindTheTrustedProxyForwardedClientsAreCountedApartAndNotBehindAnyOther() {
    // Rate limit: failed identity checks are counted per client address.
    failIdentityCheck(PROXY, "203.0.113.21");
    failIdentityCheck(PROXY, "203.0.113.22, 203.0.113.21");
    assertEquals(2, identityBucketHits("203.0.113.21"), "the right-most entry is the client");
    assertEquals(0, identityBucketHits("203.0.113.22"), "a client-written entry is not believed");
    failIdentityCheck(PROXY, "203.0.113.23");
    assertEquals(1, identityBucketHits("203.0.113.23"));
    assertEquals(0, identityBucketHits(PROXY), "the proxy itself is nobody's address");

    long directBefore = identityBucketHits(DIRECT);
    failIdentityCheck(DIRECT, "203.0.113.24");
    failIdentityCheck(DIRECT, "203.0.113.25");
    assertEquals(0, identityBucketHits("203.0.113.24"), "an untrusted peer cannot pick an address");
    assertEquals(0, identityBucketHits("203.0.113.25"));
    assertEquals(directBefore + 2, identityBucketHits(DIRECT));

    // Audit trail: a failed staff sign-in records the forwarded client, only behind the proxy.
    failSignIn(PROXY, "probe.proxied", "198.51.100.77");
    failSignIn(DIRECT, "probe.direct", "198.51.100.78");
    assertEquals(
        "198.51.100.77",
        TestDatabase.single(
            "SELECT client_address FROM audit_event WHERE actor = 'probe.proxied'"));
    assertEquals(
        DIRECT,
        TestDatabase.single("SELECT client_address FROM audit_event WHERE actor = 'probe.direct'"));
  }

  private static long identityBucketHits(String address) {
    return TestDatabase.count(
        "SELECT COALESCE(SUM(hits), 0) FROM rate_limit_window WHERE bucket = ?",
        "id-client:" + PasswordHasher.sha256Hex(address));
  }

  private static int probeNik = 8100;

  /** One failed identity check, each with another NIK so that no NIK gets locked. */
  private static void failIdentityCheck(String from, String forwardedFor) {
    String[] form = formCookieAndToken(from, "/claim/identity.xhtml");
    String body =
        "identity=identity&identity%3Anik=351508140391"
            + probeNik++
            + "&identity%3Akpj=19999999999"
            + "&identity%3AfullName=Siapa+Saja&identity%3AbirthDate=01%2F01%2F1990"
            + "&identity%3Averify=x&jakarta.faces.ViewState=stateless&jht-form-token="
            + form[1];
    RawHttp.Response answer =
        RawHttp.send(
            from,
            "POST",
            "/claim/identity.xhtml",
            Map.of(
                "Cookie",
                form[0],
                "X-Forwarded-For",
                forwardedFor,
                "Content-Type",
                "application/x-www-form-urlencoded"),
            body);
    assertEquals(200, answer.status(), answer.body());
    assertTrue(answer.body().contains("tidak cocok"), answer.body());
  }

  private static void failSignIn(String from, String username, String forwardedFor) {
    String[] form = formCookieAndToken(from, "/signin.xhtml");
    String body =
        "login=login&username="
            + username
            + "&password=salah&sign-in=x&jakarta.faces.ViewState=stateless&jht-form-token="
            + form[1];
    RawHttp.Response answer =
        RawHttp.send(
            from,
            "POST",
            "/signin.xhtml",
            Map.of(
                "Cookie",
                form[0],
                "X-Forwarded-For",
                forwardedFor,
                "Content-Type",
                "application/x-www-form-urlencoded"),
            body);
    assertTrue(answer.status() < 500, answer.status() + " " + answer.body());
  }

  /** The anti-forgery cookie ("jht-form=...") and its token, from a GET of a stateless page. */
  private static String[] formCookieAndToken(String from, String page) {
    RawHttp.Response answer = RawHttp.send(from, "GET", page, Map.of(), null);
    assertEquals(200, answer.status(), answer.body());
    String cookie =
        answer.headers("Set-Cookie").stream()
            .filter(c -> c.startsWith("jht-form="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    return new String[] {cookie, cookie.substring("jht-form=".length())};
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
