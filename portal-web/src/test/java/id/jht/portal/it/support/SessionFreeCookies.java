package id.jht.portal.it.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * What the participants' pages without a session leave in the browser: no session cookie (nodes
 * behind round robin would have to replicate it), and nothing personal in any cookie, read as the
 * browser can read it (a signed cookie's payload is Base64, not secret).
 */
public final class SessionFreeCookies {

  private SessionFreeCookies() {}

  /** No {@code JSESSIONID} (nor its version cookie), and none of {@code personal} in a cookie. */
  public static void assertNoSessionAndNothingPersonal(
      WebDriver driver, String where, String... personal) {
    Set<Cookie> cookies = driver.manage().getCookies();
    String names = cookies.stream().map(Cookie::getName).collect(Collectors.joining(", "));
    for (Cookie cookie : cookies) {
      assertFalse(
          cookie.getName().startsWith("JSESSIONID"), where + ": a session was created: " + names);
      String readable = readable(cookie.getValue());
      for (String value : personal) {
        assertFalse(
            readable.contains(value), where + ": personal data in cookie " + cookie.getName());
      }
    }
  }

  /** The browser holds the signed cookie {@code name}; returns its value. */
  public static String signedCookie(WebDriver driver, String name) {
    Cookie cookie = driver.manage().getCookieNamed(name);
    assertNotNull(cookie, name + " is set");
    return cookie.getValue();
  }

  /** The value with each dot-separated part decoded where it is Base64url. */
  static String readable(String value) {
    StringBuilder all = new StringBuilder(value);
    for (String part : value.split("\\.")) {
      try {
        all.append('|')
            .append(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException notBase64) {
        // not every cookie is signed
      }
    }
    return all.toString();
  }

  /** A signed cookie of another payload with the original signature: the server must refuse it. */
  public static String forged(String signedValue, String payload) {
    int dot = signedValue.indexOf('.');
    return Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + signedValue.substring(dot);
  }

  /** The readable payload of a signed cookie. */
  public static String payload(String signedValue) {
    int dot = signedValue.indexOf('.');
    return new String(
        Base64.getUrlDecoder().decode(signedValue.substring(0, dot)), StandardCharsets.UTF_8);
  }
}
