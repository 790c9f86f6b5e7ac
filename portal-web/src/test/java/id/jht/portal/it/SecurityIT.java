package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.shared.Digests;
import id.jht.portal.infrastructure.demo.DemoCase;
import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.it.pages.HomePage;
import id.jht.portal.it.pages.WizardPages;
import id.jht.portal.it.support.Clamd;
import id.jht.portal.it.support.CspViolations;
import id.jht.portal.it.support.ManagedBrowser;
import id.jht.portal.it.support.RawHttp;
import id.jht.portal.it.support.TestDatabase;
import id.jht.portal.it.support.TestFiles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * What stands between the portal and the internet: malware scanning by a real clamd, the client
 * address behind a proxy, the public URL, the response headers, the API's limits, and secrets staff
 * never see.
 */
class SecurityIT extends FreshPortal {

  private final HttpClient http = HttpClient.newHttpClient();
  @ManagedBrowser private WebDriver driver;

  /** A test that stopped clamd to see uploads refused leaves it running for the next. */
  @AfterEach
  void clamdRunsAgain() {
    Clamd.ensureRunning();
  }

  @Test
  void uploadsAreScannedByClamdAndRefusedWhenInfectedOrWhenClamdIsDown() throws Exception {
    ParticipantSeed p = demoParticipant(DemoCase.RESIGNED_ELIGIBLE);
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

  /**
   * The documents step keeps no view state, so its uploads (multipart bodies) carry the form token
   * like every stateless form: without the browser's own token the upload is refused before Faces
   * sees it; with it, the post reaches the page (which sends a visitor without a participant cookie
   * to the identity step).
   */
  @Test
  void aStatelessUploadIsRefusedWithoutTheFormToken() {
    String[] form = formCookieAndToken(DIRECT, "/claim/identity.xhtml");
    RawHttp.Response forged = postUpload(form[0], "A".repeat(43));
    assertEquals(403, forged.status(), forged.body());
    RawHttp.Response own = postUpload(form[0], form[1]);
    assertEquals(200, own.status(), own.body());
    assertTrue(own.body().contains("<redirect"), own.body());
    assertTrue(own.body().contains("/claim/identity.xhtml"), own.body());
  }

  /**
   * Upload bodies are the client's to get right, and a wrong one gets an answer, never a 500: a
   * body over the limit gets 413 with the portal's page that says so and leads back to the step
   * (before the body is read: the declared length is enough), a cut body 400 with the friendly
   * page, and a charset nobody knows is read as UTF-8.
   */
  @Test
  void uploadBodiesTooLargeCutOrInAnUnknownCharsetAreAnsweredAsTheClientsMistake() {
    String[] form = formCookieAndToken(DIRECT, "/claim/identity.xhtml");
    RawHttp.Response tooLarge =
        RawHttp.sendHeadOnly(
            DIRECT,
            "POST",
            "/claim/documents.xhtml",
            Map.of(
                "Cookie",
                form[0],
                "Content-Type",
                "multipart/form-data; boundary=jht-it-boundary",
                "Accept-Language",
                "id"),
            60L * 1024 * 1024);
    assertEquals(413, tooLarge.status(), tooLarge.body());
    assertTrue(tooLarge.body().contains("Berkas terlalu besar"), tooLarge.body());
    assertTrue(tooLarge.body().contains("paling besar 6 MB"), tooLarge.body());
    assertTrue(
        tooLarge.body().contains("href=\"/claim/documents.xhtml\""),
        "back to the step that failed: " + tooLarge.body());
    assertFalse(tooLarge.body().contains("Error report"), tooLarge.body());

    String whole = uploadBody(form[1]);
    String cut = whole.substring(0, whole.lastIndexOf("--jht-it-boundary--"));
    RawHttp.Response broken =
        RawHttp.send(
            DIRECT,
            "POST",
            "/claim/documents.xhtml",
            Map.of(
                "Cookie", form[0], "Content-Type", "multipart/form-data; boundary=jht-it-boundary"),
            cut);
    assertEquals(400, broken.status(), broken.body());
    assertTrue(broken.body().contains("Sesi berakhir"), broken.body());

    RawHttp.Response oddCharset = postUpload(form[0], whole, "; charset=no-such-charset");
    assertEquals(200, oddCharset.status(), oddCharset.body());
    assertTrue(oddCharset.body().contains("/claim/identity.xhtml"), oddCharset.body());
  }

  private static RawHttp.Response postUpload(String formCookie, String token) {
    return postUpload(formCookie, uploadBody(token), "");
  }

  private static RawHttp.Response postUpload(String formCookie, String body, String charset) {
    return RawHttp.send(
        DIRECT,
        "POST",
        "/claim/documents.xhtml",
        Map.of(
            "Cookie",
            formCookie,
            "Faces-Request",
            "partial/ajax",
            "Content-Type",
            "multipart/form-data; boundary=jht-it-boundary" + charset),
        body);
  }

  /** A documents-step upload as the page's Ajax sends it, carrying the form token given. */
  private static String uploadBody(String token) {
    String boundary = "jht-it-boundary";
    String upload = "documents:slots:0:upload";
    StringBuilder body = new StringBuilder();
    Map.of(
            "documents",
            "documents",
            "jakarta.faces.ViewState",
            "stateless",
            "jht-form-token",
            token,
            "jakarta.faces.partial.ajax",
            "true",
            "jakarta.faces.partial.execute",
            upload,
            "jakarta.faces.source",
            upload)
        .forEach(
            (name, value) ->
                body.append("--" + boundary + "\r\n")
                    .append("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n")
                    .append(value + "\r\n"));
    body.append("--" + boundary + "\r\n")
        .append("Content-Disposition: form-data; name=\"" + upload + "\"; filename=\"a.pdf\"\r\n")
        .append("Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n")
        .append("--" + boundary + "--\r\n");
    return body.toString();
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

  /** Failed identity checks counted for the address (window of 10 minutes, in the cluster). */
  private long identityBucketHits(String address) {
    String bucket = "id-client:" + Digests.sha256Hex(address);
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(base + "api/test/rate-limits?windowMinutes=10&bucket=" + bucket))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answer.statusCode(), answer.body());
      Matcher hits = Pattern.compile("\"hits\"\\s*:\\s*\"(\\d+)\"").matcher(answer.body());
      assertTrue(hits.find(), answer.body());
      return Long.parseLong(hits.group(1));
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
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
        postFormFrom(from, forwardedFor, "/claim/identity.xhtml", form[0], body);
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
    RawHttp.Response answer = postFormFrom(from, forwardedFor, "/signin.xhtml", form[0], body);
    assertTrue(answer.status() < 500, answer.status() + " " + answer.body());
  }

  /** Posts a form with its anti-forgery cookie, through a proxy that names {@code forwardedFor}. */
  private static RawHttp.Response postFormFrom(
      String from, String forwardedFor, String path, String formCookie, String body) {
    return RawHttp.send(
        from,
        "POST",
        path,
        Map.of(
            "Cookie",
            formCookie,
            "X-Forwarded-For",
            forwardedFor,
            "Content-Type",
            "application/x-www-form-urlencoded"),
        body);
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

  @Test
  void aHostileHostHeaderNeverReachesALocation() {
    String publicOrigin = "http://localhost:" + System.getProperty("it.http.port", "18080");
    for (String path :
        new String[] {
          "/staff/home.xhtml", // the sign-in redirect of the security mechanism
          "/admin/index.xhtml",
          "/claim/documents.xhtml", // a Faces view action's redirect
          "/index.xhtml?lang=en", // the language filter's redirect
          "/admin", // the container's own redirect to the folder
        }) {
      RawHttp.Response answer =
          RawHttp.send(DIRECT, "GET", path, Map.of("Host", "evil.example"), null);
      String location = answer.header("Location");
      assertTrue(answer.status() >= 300 && answer.status() < 400, path + ": " + answer.status());
      assertFalse(location.contains("evil.example"), path + " -> " + location);
      assertTrue(
          location.startsWith(publicOrigin + "/")
              || (location.startsWith("/") && !location.startsWith("//")),
          path + " -> " + location);
    }
  }

  @Test
  void everyKindOfAnswerCarriesTheSecurityHeaders() {
    String admin = signIn("admin", "Admin%23Portal2026");
    String officer = signIn("petugas.sda", "Petugas%232026");
    Map<String, RawHttp.Response> pages =
        Map.of(
            "anonymous", get("/index.xhtml", null),
            "wizard", get("/claim/identity.xhtml", null),
            "status", get("/booking/status.xhtml", null),
            "staff", get("/staff/home.xhtml", officer),
            "admin", get("/admin/index.xhtml", admin),
            "error", get("/no-such-page.xhtml", null),
            "sign-in redirect", get("/staff/queue/board.xhtml", null));
    pages.forEach(
        (kind, answer) -> {
          assertCommonHeaders(kind, answer);
          StrictPolicy.assertScriptsOnlyBy(kind, answer);
          String csp = answer.header("Content-Security-Policy");
          assertTrue(csp.contains("frame-ancestors 'self'"), kind + ": " + csp);
          assertTrue(csp.contains("object-src 'none'"), kind + ": " + csp);
          assertEquals("no-store", answer.header("Cache-Control"), kind);
        });
    assertEquals(200, pages.get("staff").status());
    assertEquals(200, pages.get("admin").status());
    assertEquals(302, pages.get("sign-in redirect").status(), "the security mechanism's answer");
    assertTrue(
        !StrictPolicy.nonceOf(pages.get("staff")).equals(StrictPolicy.nonceOf(pages.get("admin"))),
        "a nonce per answer");

    RawHttp.Response api =
        RawHttp.send(
            DIRECT,
            "POST",
            "/api/v1/claim-locks/lookup",
            Map.of("Content-Type", "application/json"),
            "{}");
    assertEquals(401, api.status(), api.body());
    assertCommonHeaders("api", api);
    assertTrue(api.header("Content-Security-Policy").contains("default-src 'none'"));
    assertEquals("no-store", api.header("Cache-Control"));

    RawHttp.Response folder = get("/admin", null);
    assertTrue(folder.status() >= 300 && folder.status() < 400, "folder: " + folder.status());
    assertCommonHeaders("folder redirect", folder);

    RawHttp.Response css = get("/jakarta.faces.resource/css/portal.css.xhtml", null);
    assertEquals(200, css.status());
    assertCommonHeaders("resource", css);
    assertTrue(css.header("Content-Security-Policy").contains("default-src 'none'"));
    assertFalse("no-store".equals(css.header("Cache-Control")), "static resources may be cached");

    // No public WADL; http public URL: no HSTS, cookies not Secure; the session cookie is Lax.
    assertEquals(404, get("/api/application.wadl", null).status());
    assertEquals(null, pages.get("anonymous").header("Strict-Transport-Security"));
    String signedIn = signInAnswer("admin", "Admin%23Portal2026").headers("Set-Cookie").toString();
    assertTrue(signedIn.contains("JSESSIONID="), signedIn);
    assertTrue(signedIn.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), signedIn);
    assertTrue(signedIn.contains("HttpOnly"), signedIn);
    assertFalse(signedIn.contains("Secure"), signedIn);
  }

  @Test
  void forgedForeignAndStatelessViewStatesAre400WithTheFriendlyPage() {
    String officer = signIn("petugas.sda", "Petugas%232026");
    String admin = signIn("admin", "Admin%23Portal2026");
    Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");

    RawHttp.Response forged =
        RawHttp.send(
            DIRECT,
            "POST",
            "/staff/home.xhtml",
            Map.of("Cookie", officer, "Content-Type", "application/x-www-form-urlencoded"),
            "staff-nav=staff-nav&staff-nav%3Asign-out=x&jakarta.faces.ViewState=-123%3A456");
    assertEquals(400, forged.status(), forged.body());
    assertTrue(forged.body().contains("Sesi petugas Anda sudah berakhir"), forged.body());
    assertFalse(
        forged.body().contains("Error report"), "no container error page: " + forged.body());

    // The officer's own view state, posted in the administrator's session.
    RawHttp.Response home = get("/staff/home.xhtml", officer);
    String viewState = viewStateOf(home.body());
    RawHttp.Response foreign =
        RawHttp.send(
            DIRECT,
            "POST",
            "/staff/home.xhtml",
            Map.of("Cookie", admin, "Content-Type", "application/x-www-form-urlencoded"),
            "staff-nav=staff-nav&staff-nav%3Asign-out=x&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(viewState, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(400, foreign.status(), foreign.body());

    // "stateless" with a valid form token, to a page that keeps its view state.
    String[] token = formCookieAndToken(DIRECT, "/signin.xhtml");
    RawHttp.Response stateless =
        RawHttp.send(
            DIRECT,
            "POST",
            "/staff/home.xhtml",
            Map.of(
                "Cookie",
                officer + "; " + token[0],
                "Content-Type",
                "application/x-www-form-urlencoded"),
            "staff-nav=staff-nav&staff-nav%3Asign-out=x&jakarta.faces.ViewState=stateless"
                + "&jht-form-token="
                + token[1]);
    assertEquals(400, stateless.status(), stateless.body());
    assertEquals(200, get("/staff/home.xhtml", officer).status(), "the officer is still signed in");

    // Participants' pages speak to participants; Ajax gets a redirect, never a class name.
    RawHttp.Response participant =
        RawHttp.send(
            DIRECT, "POST", "/claim/reason.xhtml", form, "reason=reason&jakarta.faces.ViewState=x");
    assertEquals(400, participant.status(), participant.body());
    assertTrue(participant.body().contains("masukkan kembali identitas"), participant.body());
    RawHttp.Response ajax =
        staffNavigationAjax(
            officer, "&jakarta.faces.partial.execute=%40all&jakarta.faces.ViewState=-1%3A2");
    assertTrue(ajax.body().contains("<redirect"), ajax.body());
    assertTrue(ajax.body().contains("/error/expired.xhtml?staff=true"), ajax.body());
    assertFalse(ajax.body().contains("<error-name>"), "no exception class: " + ajax.body());
  }

  @Test
  void anInjectedInlineScriptIsRefusedAndTheTestsSeeIt() {
    HomePage.open(driver, base);
    CspViolations.assertNone(driver);
    Object ran =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "var s = document.createElement('script'); s.textContent = 'window.ran = 1;';"
                    + " document.body.appendChild(s); return window.ran === 1;");
    assertEquals(Boolean.FALSE, ran, "an inline script without the nonce does not run");
    AssertionError seen =
        org.junit.jupiter.api.Assertions.assertThrows(
            AssertionError.class, () -> CspViolations.assertNone(driver));
    assertTrue(seen.getMessage().contains("script-src"), seen.getMessage());
  }

  @Test
  void anAjaxPostWithoutOrWithAForgedNonceIsAnsweredWithoutAnError() {
    String officer = signIn("petugas.sda", "Petugas%232026");
    for (String nonce : new String[] {null, "x%0D%0ASet-Cookie%3A+a%3Db", "A".repeat(24)}) {
      String viewState = viewStateOf(get("/staff/home.xhtml", officer).body());
      RawHttp.Response ajax =
          staffNavigationAjax(
              officer,
              "&jakarta.faces.partial.execute=staff-nav"
                  + "&jakarta.faces.partial.render=staff-nav&jakarta.faces.ViewState="
                  + java.net.URLEncoder.encode(viewState, java.nio.charset.StandardCharsets.UTF_8)
                  + (nonce == null ? "" : "&primefaces.nonce=" + nonce));
      assertEquals(200, ajax.status(), nonce + ": " + ajax.body());
      assertTrue(ajax.body().contains("<partial-response"), ajax.body());
      assertFalse(ajax.body().contains("<error"), ajax.body());
      assertFalse(ajax.body().contains("Set-Cookie"), "a forged nonce reaches nothing");
      assertTrue(ajax.headers("Set-Cookie").stream().noneMatch(c -> c.startsWith("a=")));
    }
  }

  @Test
  void theApiRefusesLargeBodiesGuessedKeysAndMismatchedIdentities() {
    Map<String, String> json =
        Map.of("Authorization", "Bearer demo-jmo-key", "Content-Type", "application/json");
    String large = "{\"nik\":\"" + "1".repeat(10 * 1024 * 1024) + "\"}";
    RawHttp.Response tooLarge =
        RawHttp.send(DIRECT, "POST", "/api/v1/claim-locks/lookup", json, large);
    assertEquals(413, tooLarge.status(), tooLarge.body());
    assertTrue(tooLarge.body().contains("PAYLOAD_TOO_LARGE"), tooLarge.body());
    RawHttp.Response small =
        RawHttp.send(
            DIRECT,
            "POST",
            "/api/v1/claim-locks/lookup",
            json,
            "{\"nik\":\"3515081403919001\",\"kpj\":\"13051784206\"}");
    assertEquals(200, small.status(), small.body());

    // NIK of one registered participant, KPJ of another: 422 naming both fields.
    RawHttp.Response mismatch =
        RawHttp.send(
            DIRECT,
            "PUT",
            "/api/v1/channel-claims/SEC-MISMATCH-1",
            json,
            "{\"nik\":\"3515081403919001\",\"kpj\":\"17092635518\",\"fullName\":\"Andika"
                + " Prasetyo\",\"branchCode\":\"SDA\",\"status\":\"SUBMITTED\"}");
    assertEquals(422, mismatch.status(), mismatch.body());
    assertTrue(mismatch.body().contains("\"field\":\"nik,kpj\""), mismatch.body());
    assertTrue(mismatch.body().contains("IDENTITY_MISMATCH"), mismatch.body());

    // Wrong keys are counted per client (behind the trusted proxy, per forwarded client).
    Map<String, String> wrongKey =
        Map.of(
            "Authorization", "Bearer guessed-key",
            "Content-Type", "application/json",
            "X-Forwarded-For", "203.0.113.50");
    int status = 0;
    for (int i = 0; i < 21 && status != 429; i++) {
      status = RawHttp.send(PROXY, "POST", "/api/v1/claim-locks/lookup", wrongKey, "{}").status();
    }
    assertEquals(429, status, "wrong keys are throttled");
    Map<String, String> rightKeySameClient = new java.util.HashMap<>(json);
    rightKeySameClient.put("X-Forwarded-For", "203.0.113.50");
    RawHttp.Response throttled =
        RawHttp.send(
            PROXY,
            "POST",
            "/api/v1/claim-locks/lookup",
            rightKeySameClient,
            "{\"nik\":\"3515081403919001\",\"kpj\":\"13051784206\"}");
    assertEquals(429, throttled.status(), "even a right key, once the client is throttled");
    assertTrue(throttled.header("Retry-After") != null);
    Map<String, String> otherClient = new java.util.HashMap<>(json);
    otherClient.put("X-Forwarded-For", "203.0.113.51");
    assertEquals(
        200,
        RawHttp.send(
                PROXY,
                "POST",
                "/api/v1/claim-locks/lookup",
                otherClient,
                "{\"nik\":\"3515081403919001\",\"kpj\":\"13051784206\"}")
            .status());
  }

  @Test
  void staffSignInAnswersAlikeForUnknownWrongAndLockedAndOnlySupervisorsUnlock() {
    // Lock petugas.jkt: five wrong passwords. Its owner gets a mail; the page says nothing.
    for (int i = 0; i < 5; i++) {
      signInAnswer("petugas.jkt", "salah-" + i);
    }
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM outgoing_mail m JOIN staff_account s ON s.email = m.recipient"
                + " WHERE s.username = 'petugas.jkt' AND m.subject LIKE '%dikunci%'"));
    String[] kinds = {"unknown", "wrong", "locked"};
    String[][] attempts = {
      {"tidak.ada", "Petugas%232026"}, {"petugas.sda", "salah"}, {"petugas.jkt", "Petugas%232026"}
    };
    String[] answers = new String[3];
    long[] millis = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
    // One warm-up round (the hashing code is still being compiled at first), then the kinds take
    // turns, so that the JIT and the machine's load weigh on each alike; the quickest of each kind
    // is the work it always does.
    for (int round = 0; round < 4; round++) {
      for (int k = 0; k < 3; k++) {
        long start = System.nanoTime();
        RawHttp.Response answer = signInAnswer(attempts[k][0], attempts[k][1]);
        long took = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, answer.status(), kinds[k] + ": " + answer.body());
        answers[k] = messagesOf(answer.body());
        if (round > 0) {
          millis[k] = Math.min(millis[k], took);
        }
      }
    }
    assertTrue(answers[0].contains("Nama pengguna atau kata sandi salah"), answers[0]);
    assertEquals(answers[0], answers[1], "wrong password answers like an unknown user");
    assertEquals(answers[0], answers[2], "a locked account answers like an unknown user");
    // The password is hashed in every case (PBKDF2, ~100-200 ms): no answer is much quicker.
    for (int k = 1; k < 3; k++) {
      assertTrue(
          millis[k] * 2 >= millis[0] && millis[0] * 2 >= millis[k],
          kinds[k] + " took " + millis[k] + " ms, unknown user " + millis[0] + " ms");
    }

    // The participant-unlock page: supervisors yes, officers no.
    RawHttp.Response officerPage =
        get("/staff/participants/unlock.xhtml", signIn("petugas.sda", "Petugas%232026"));
    assertEquals(403, officerPage.status());
    assertEquals(
        200,
        get("/staff/participants/unlock.xhtml", signIn("supervisor.sda", "Supervisor%232026"))
            .status());
  }

  /** The text of the page's messages (error summary), without the markup around them. */
  private static String messagesOf(String page) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?s)id=\"[^\"]*error-list\"(.*?)</ul>").matcher(page);
    assertTrue(m.find(), page);
    return m.group(1).replaceAll("<[^>]+>", "").strip();
  }

  private static String viewStateOf(String page) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page);
    assertTrue(m.find(), page);
    return m.group(1);
  }

  private static void assertCommonHeaders(String kind, RawHttp.Response answer) {
    assertEquals("nosniff", answer.header("X-Content-Type-Options"), kind);
    assertEquals("same-origin", answer.header("Referrer-Policy"), kind);
    String permissions = answer.header("Permissions-Policy");
    assertTrue(permissions.contains("camera=(self)"), kind + ": " + permissions);
    assertTrue(permissions.contains("microphone=()"), kind + ": " + permissions);
    assertEquals("SAMEORIGIN", answer.header("X-Frame-Options"), kind);
    assertTrue(answer.header("Content-Security-Policy") != null, kind + " has no CSP");
    assertEquals(null, answer.header("Server"), kind + " names the server");
    assertEquals(null, answer.header("X-Powered-By"), kind + " names the server");
  }

  private static RawHttp.Response get(String path, String cookie) {
    return RawHttp.send(
        DIRECT, "GET", path, cookie == null ? Map.of() : Map.of("Cookie", cookie), null);
  }

  /** Signs in over HTTP and returns the session cookie ("JSESSIONID=..."). */
  private static String signIn(String username, String encodedPassword) {
    RawHttp.Response answer = signInAnswer(username, encodedPassword);
    assertEquals(302, answer.status(), answer.body());
    // Every cookie of the answer, the last of each name winning (the session id is renewed at
    // sign-in; the replicated session also sets its version cookie).
    Map<String, String> cookies = new java.util.LinkedHashMap<>();
    for (String header : answer.headers("Set-Cookie")) {
      String pair = header.contains(";") ? header.substring(0, header.indexOf(';')) : header;
      cookies.put(pair.substring(0, pair.indexOf('=')), pair);
    }
    assertTrue(cookies.containsKey("JSESSIONID"), answer.headers("Set-Cookie").toString());
    return String.join("; ", cookies.values());
  }

  private static RawHttp.Response signInAnswer(String username, String encodedPassword) {
    String[] form = formCookieAndToken(DIRECT, "/signin.xhtml");
    return RawHttp.send(
        DIRECT,
        "POST",
        "/signin.xhtml",
        signInHeaders(form),
        signInBody(form, username, encodedPassword));
  }

  private static Map<String, String> signInHeaders(String[] form) {
    return Map.of("Cookie", form[0], "Content-Type", "application/x-www-form-urlencoded");
  }

  private static String signInBody(String[] form, String username, String encodedPassword) {
    return "login=login&username="
        + username
        + "&password="
        + encodedPassword
        + "&sign-in=x&jakarta.faces.ViewState=stateless&jht-form-token="
        + form[1];
  }

  private HttpResponse<String> ready() throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "health/ready")).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private WizardPages toDocumentsStep(ParticipantSeed p) {
    WizardPages wizard = identify(driver, p);
    wizard.chooseReason("RESIGNATION");
    wizard.next();
    wizard.fillContact("andika.prasetyo@example.com", p).next();
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), wizard.mainText());
    return wizard;
  }

  /**
   * A Faces ajax postback of the staff pages' navigation form, sent by hand with the officer's
   * session cookie; {@code parameters} adds what is executed, rendered and the view state.
   */
  private static RawHttp.Response staffNavigationAjax(String officer, String parameters) {
    return RawHttp.send(
        DIRECT,
        "POST",
        "/staff/home.xhtml",
        Map.of(
            "Cookie", officer,
            "Content-Type", "application/x-www-form-urlencoded",
            "Faces-Request", "partial/ajax"),
        "staff-nav=staff-nav&jakarta.faces.partial.ajax=true&jakarta.faces.source=staff-nav"
            + parameters);
  }
}
