package id.jht.portal.it;

import id.jht.portal.infrastructure.demo.DemoCase;
import id.jht.portal.infrastructure.demo.DemoDataset;
import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.it.pages.HomePage;
import id.jht.portal.it.pages.IdentityPage;
import id.jht.portal.it.pages.WizardPages;
import id.jht.portal.it.support.PortalDeployment;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.json.Json;

/**
 * What every integration test class of the running portal shares, written once: Arquillian deploys
 * the WAR users run with the test hooks on a freshly recreated database ({@link PortalDeployment}),
 * once per class, and the tests talk to it from outside, as browsers and API clients do. A class
 * adds only what its stories need (a browser, the mailbox, its own data).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class FreshPortal {

  /** For requests made outside the browser. */
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  static final Json JSON = new Json();

  private static LocalDate deployedOn;
  private static DemoDataset demoData;

  /** The portal's address, e.g. http://localhost:18080/ (context root "/"). */
  final String base = PortalDeployment.baseUrl();

  @Deployment(testable = false)
  static WebArchive portal() {
    // The portal makes the demo cases true for the day it starts (in WIB), and so must the tests.
    deployedOn = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    return PortalDeployment.freshPortal();
  }

  /** Sends a request outside the browser and reads the answer as text. */
  static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(
        request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON object answer as a map. */
  static Map<String, Object> json(HttpResponse<String> response) {
    return JSON.toType(response.body(), Json.MAP_TYPE);
  }

  /** The claim locks of a claim-lock lookup's answer. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> locks(Map<String, Object> answer) {
    return (List<Map<String, Object>>) answer.get("locks");
  }

  /** A claim lock's message to the participant in one language ("id" or "en"). */
  @SuppressWarnings("unchecked")
  static String message(Map<String, Object> lock, String language) {
    return (String) ((Map<String, Object>) lock.get("message")).get(language);
  }

  /**
   * Starts a claim in Indonesian with the participant's identity and first membership, as the
   * registry has them, and returns the wizard's step the portal answers with.
   */
  WizardPages identify(WebDriver driver, ParticipantSeed participant) {
    IdentityPage identity = HomePage.open(driver, base).switchToIndonesian().startClaim();
    identity
        .fill(
            participant.nik(),
            participant.memberships().get(0).kpj(),
            participant.fullName(),
            participant.birthDate())
        .submit();
    return new WizardPages(driver);
  }

  /** The participant of a demo case as the portal under test loaded them. */
  static ParticipantSeed demoParticipant(DemoCase demoCase) {
    return demoData().demoParticipant(demoCase);
  }

  /**
   * An anonymous participant of the demo data that no named case (and so no other test of a class
   * using only named cases) touches: one membership, non-active for a long time, a balance under
   * the NPWP threshold and younger than 55, so that the resignation claim is an ordinary one.
   */
  static ParticipantSeed anonymousResignedParticipant() {
    LocalDate youngerThan55 = deployedOn.minusYears(55);
    return demoData().participants().stream()
        .filter(p -> p.demoCase() == null && !p.locked() && p.failedAttempts() == 0)
        .filter(p -> p.birthDate().isAfter(youngerThan55) && p.memberships().size() == 1)
        .filter(
            p ->
                !p.memberships().get(0).active()
                    && p.memberships().get(0).nonActiveSince().isBefore(deployedOn.minusMonths(2))
                    && p.memberships().get(0).balanceRupiah() < 50_000_000L)
        .findFirst()
        .orElseThrow();
  }

  private static DemoDataset demoData() {
    if (demoData == null || !demoData.referenceDate().equals(deployedOn)) {
      demoData = DemoDataset.generate(deployedOn);
    }
    return demoData;
  }
}
