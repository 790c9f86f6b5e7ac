package id.jht.portal.interfaces.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.interfaces.http.PublicUrl;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The signed cookies' round trip and every way a cookie is refused, without a container. */
class SignedCookiesTest {

  private static final Instant T0 = Instant.parse("2026-12-07T03:00:00Z");
  private static final Duration MAX_AGE = Duration.ofMinutes(30);

  private final SignedCookies cookies = signer(1);

  private static SignedCookies signer(int fill) {
    SignedCookies c = new SignedCookies();
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) fill);
    c.configuredKey = Optional.of(Base64.getEncoder().encodeToString(key));
    c.publicUrl = new PublicUrl();
    c.init();
    return c;
  }

  @Test
  void whatIsWrittenIsReadBackWithItsFieldsAndIssueTime() {
    Cookie written = write(cookies, "b1", T0, "41", "7");
    assertTrue(written.isHttpOnly());
    assertEquals("Lax", written.getAttribute("SameSite"));
    assertEquals("/", written.getPath());
    SignedCookies.Reading reading = read(cookies, written.getValue(), "b1", T0.plusSeconds(60));
    assertTrue(reading.isValid());
    assertFalse(reading.refused());
    assertEquals(List.of("41", "7"), reading.fields());
    assertEquals(41L, reading.id(0));
    assertEquals(T0, reading.issuedAt());
    assertNull(reading.id(2));
  }

  @Test
  void noCookieIsNeitherValidNorRefused() {
    SignedCookies.Reading reading = cookies.read(request(null), "JHT_TEST", "b1", MAX_AGE, T0);
    assertFalse(reading.isValid());
    assertFalse(reading.refused());
  }

  @Test
  void anotherKindAnotherKeyAChangedPayloadOrAnOldCookieIsRefused() {
    String value = write(cookies, "b1", T0, "41", "7").getValue();
    assertTrue(read(cookies, value, "c1", T0).refused(), "a booking cookie is no code cookie");
    assertTrue(read(signer(2), value, "b1", T0).refused(), "another node's key");
    String changed =
        Base64.getUrlEncoder().withoutPadding().encodeToString("b1|42|7|1796612400".getBytes())
            + value.substring(value.indexOf('.'));
    assertTrue(read(cookies, changed, "b1", T0).refused(), "another claim under the signature");
    assertTrue(read(cookies, "garbage", "b1", T0).refused());
    assertTrue(read(cookies, value, "b1", T0.plus(MAX_AGE).plusSeconds(1)).refused(), "expired");
    assertFalse(read(cookies, value, "b1", T0.plus(MAX_AGE)).refused());
    assertTrue(read(cookies, value, "b1", T0.minusSeconds(301)).refused(), "from the future");
    assertFalse(read(cookies, value, "b1", T0.minusSeconds(299)).refused(), "clock skew");
  }

  private static SignedCookies.Reading read(
      SignedCookies signer, String value, String kind, Instant now) {
    return signer.read(
        request(new Cookie[] {new Cookie("JHT_TEST", value)}), "JHT_TEST", kind, MAX_AGE, now);
  }

  private static Cookie write(SignedCookies signer, String kind, Instant at, String... fields) {
    List<Cookie> added = new ArrayList<>();
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                SignedCookiesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("addCookie")) {
                    added.add((Cookie) args[0]);
                  }
                  return null;
                });
    signer.write(request(null), response, "JHT_TEST", kind, at, fields);
    assertEquals(1, added.size());
    return added.get(0);
  }

  /** A request with these cookies at context root. */
  private static HttpServletRequest request(Cookie[] cookies) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            SignedCookiesTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getCookies" -> cookies;
                  case "getContextPath" -> "";
                  default -> null;
                });
  }
}
