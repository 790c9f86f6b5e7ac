package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.infrastructure.demo.DemoCase;
import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.it.pages.HomePage;
import id.jht.portal.it.pages.IdentityPage;
import id.jht.portal.it.pages.StaffPages;
import id.jht.portal.it.support.ManagedBrowser;
import id.jht.portal.it.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The ground: the WAR users run starts on MariaDB, migrates, loads the demo data, is ready, and a
 * participant and an officer get through their first paths in a real browser.
 */
class FoundationIT extends FreshPortal {

  @ManagedBrowser private static WebDriver driver;

  @Test
  void readinessIsUpOnMariaDbWithTheSchemaMigratedAndDemoDataLoaded() throws Exception {
    HttpResponse<String> ready =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
    assertEquals(
        0L, TestDatabase.count("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0"));
    assertTrue(
        TestDatabase.count("SELECT MAX(CAST(version AS UNSIGNED)) FROM flyway_schema_history")
            >= 3);
    assertTrue(TestDatabase.count("SELECT COUNT(*) FROM branch_office") >= 30);
    assertTrue(TestDatabase.count("SELECT COUNT(*) FROM participant") >= 2000);
  }

  @Test
  void anonymousPagesOpenWithoutASessionAndTheirFormsRefuseAForgedPost() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String page :
        List.of(
            "index.xhtml",
            "signin.xhtml",
            "claim/identity.xhtml",
            "booking/status.xhtml",
            "pending/release.xhtml",
            "display.xhtml?branch=SDA",
            "error/not-found.xhtml")) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(base + page)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answer.statusCode(), page);
      assertTrue(
          answer.headers().allValues("Set-Cookie").stream()
              .noneMatch(c -> c.startsWith("JSESSIONID=")),
          page + " created a session: " + answer.headers().allValues("Set-Cookie"));
    }

    // Another site can make a browser post the sign-in form, but not with the token of its cookie.
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "signin.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("jht-form="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    String token = cookie.substring("jht-form=".length());
    assertTrue(page.body().contains("value=\"" + token + "\""), "the form carries the token");
    String form =
        "login=login&username=petugas.sda&password=Petugas%232026&sign-in=x"
            + "&jakarta.faces.ViewState=stateless&jht-form-token=";
    assertEquals(403, postForm(http, "signin.xhtml", form + "forged", cookie).statusCode());
    assertEquals(403, postForm(http, "signin.xhtml", form + token, null).statusCode());
    assertEquals(302, postForm(http, "signin.xhtml", form + token, cookie).statusCode());
  }

  private HttpResponse<String> postForm(HttpClient http, String page, String body, String cookie)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + page))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void participantSwitchesLanguageAndIsIdentified() {
    ParticipantSeed resigned = demoParticipant(DemoCase.RESIGNED_ELIGIBLE);
    HomePage home = HomePage.open(driver, base).switchToIndonesian();
    assertEquals("id", home.htmlLang());
    assertEquals("Klaim saldo JHT Anda secara daring", home.heading());

    home.switchToEnglish();
    assertEquals("en", home.htmlLang());
    assertEquals("Claim your JHT balance online", home.heading());

    IdentityPage identity = home.startClaim();
    identity
        .fill("123", resigned.memberships().get(0).kpj(), resigned.fullName(), resigned.birthDate())
        .submit();
    assertTrue(identity.fieldError("nik").contains("NIK"), identity.fieldError("nik"));
    assertEquals("identity:error-summary", identity.focusedElementId());
    assertEquals(resigned.fullName(), identity.value("fullName"), "typed data is kept");

    identity
        .fill(
            resigned.nik(),
            resigned.memberships().get(0).kpj(),
            resigned.fullName().toLowerCase(),
            resigned.birthDate())
        .submit();
    String next = driver.findElement(org.openqa.selenium.By.id("main")).getText();
    assertTrue(next.contains("Identity confirmed: " + resigned.fullName()), next);
    assertTrue(next.contains("Step 2"), next);
  }

  @Test
  void aWrongBirthDateIsAMismatchThatDoesNotSayWhichFieldWasWrong() {
    ParticipantSeed active = demoParticipant(DemoCase.STILL_ACTIVE);
    IdentityPage identity = HomePage.open(driver, base).switchToIndonesian().startClaim();
    identity
        .fill(
            active.nik(),
            active.memberships().get(0).kpj(),
            active.fullName(),
            active.birthDate().plusDays(1))
        .submit();
    assertTrue(
        identity.errorSummary().contains("Data tidak cocok dengan data kepesertaan"),
        identity.errorSummary());
    assertEquals(
        1L,
        TestDatabase.count("SELECT failed_attempts FROM participant WHERE nik = ?", active.nik()));
  }

  @Test
  void officerSignsInAndOut() {
    HomePage.open(driver, base).switchToIndonesian();
    StaffPages staff = new StaffPages(driver, base).openHome();
    assertTrue(staff.isSignInForm(), "a protected page asks for sign-in");

    staff.signIn("petugas.sda", "wrong-password");
    assertTrue(staff.isSignInForm());
    assertTrue(staff.pageText().contains("Nama pengguna atau kata sandi salah"), staff.pageText());

    staff.signIn("petugas.sda", "Petugas#2026");
    assertTrue(staff.welcome().startsWith("Selamat datang"), staff.welcome());
    assertTrue(staff.pageText().contains("Sidoarjo"), staff.pageText());

    staff.signOut();
    assertTrue(staff.showsSignedOut());
    staff.openHome();
    assertTrue(staff.isSignInForm(), "signed out: the protected page asks again");
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE actor = 'petugas.sda' AND action = 'STAFF_LOGIN'"));
    assertFalse(
        TestDatabase.column("SELECT action FROM audit_event WHERE actor = 'petugas.sda'")
            .isEmpty());
  }
}
