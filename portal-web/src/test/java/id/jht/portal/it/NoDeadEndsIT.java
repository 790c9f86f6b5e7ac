package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import id.jht.portal.domain.shared.Masking;
import id.jht.portal.infrastructure.demo.DemoCase;
import id.jht.portal.infrastructure.demo.DemoDataset;
import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.it.pages.HomePage;
import id.jht.portal.it.pages.IdentityPage;
import id.jht.portal.it.pages.WizardPages;
import id.jht.portal.it.support.Accessibility;
import id.jht.portal.it.support.Browser;
import id.jht.portal.it.support.PortalDeployment;
import id.jht.portal.it.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.json.Json;

/**
 * Issue 14, "no dead ends", end to end in Chromium on MariaDB: what the participant typed is kept,
 * leaving says what other channels now see, one channel name everywhere, and bookings that keep
 * their word.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoDeadEndsIT {

  private static final DemoDataset DEMO =
      DemoDataset.generate(LocalDate.now(ZoneId.of("Asia/Jakarta")));
  private static final Json JSON = new Json();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(
              new ServerSetup(
                  Integer.getInteger("it.smtp.port", 13025),
                  "127.0.0.1",
                  ServerSetup.PROTOCOL_SMTP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
          .withPerMethodLifecycle(false);

  private final String base = PortalDeployment.baseUrl();
  private WebDriver driver;

  @Deployment(testable = false)
  static WebArchive portal() {
    return PortalDeployment.freshPortal();
  }

  @AfterEach
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  @Test
  @Order(1)
  void theContactStepKeepsTheMothersNameAndLeavingSaysWhatOtherChannelsSee() throws Exception {
    ParticipantSeed andika = DEMO.demoParticipant(DemoCase.RESIGNED_ELIGIBLE);
    driver = Browser.start();
    WizardPages wizard = identify(andika);
    assertTrue(
        driver.findElement(By.cssSelector(".brand-name")).getText().contains("Lapak Asik"),
        "the channel's name in the page header");
    wizard.chooseReason("RESIGNATION").next();
    fillContact(wizard, andika).next();
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

  private WizardPages identify(ParticipantSeed p) {
    IdentityPage identity = HomePage.open(driver, base).switchToIndonesian().startClaim();
    identity.fill(p.nik(), p.memberships().get(0).kpj(), p.fullName(), p.birthDate()).submit();
    return new WizardPages(driver);
  }

  private static WizardPages fillContact(WizardPages wizard, ParticipantSeed p) {
    return wizard
        .type("contact", "email", p.email())
        .type("contact", "phone", "0812 3456 7890")
        .type("contact", "motherMaidenName", p.motherMaidenName())
        .select("contact", "bank", "BCA")
        .type("contact", "accountNumber", "1234567890")
        .type("contact", "accountHolder", p.fullName());
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
