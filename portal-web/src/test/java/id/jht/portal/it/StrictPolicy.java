package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.it.support.RawHttp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a page's Content-Security-Policy header and markup must say about scripts. */
final class StrictPolicy {

  private static final Pattern SCRIPT_SRC =
      Pattern.compile("^default-src 'self'; script-src 'self' 'nonce-([A-Za-z0-9_-]{24})'; ");

  private StrictPolicy() {}

  /** The nonce of a page's policy; fails when the policy allows any other inline script. */
  static String nonceOf(RawHttp.Response answer) {
    assertEquals(1, answer.headers("Content-Security-Policy").size(), "one policy");
    String csp = answer.header("Content-Security-Policy");
    Matcher m = SCRIPT_SRC.matcher(csp);
    assertTrue(m.find(), csp);
    assertFalse(csp.contains("unsafe-eval"), csp);
    String scriptSrc = csp.substring(0, csp.indexOf(';', csp.indexOf("script-src")));
    assertFalse(scriptSrc.contains("unsafe-inline"), csp);
    return m.group(1);
  }

  /**
   * The policy's nonce is on every inline script of the page, and no element carries an inline
   * event handler (which no nonce could allow).
   */
  static void assertScriptsOnlyBy(String kind, RawHttp.Response answer) {
    String nonce = nonceOf(answer);
    Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(answer.body());
    while (scripts.find()) {
      String attributes = scripts.group(1);
      assertTrue(attributes.contains("nonce=\"" + nonce + "\""), kind + ": " + scripts.group());
    }
    Matcher handler =
        Pattern.compile("<[a-zA-Z][^>]*\\s(on[a-z]+)=\"", Pattern.CASE_INSENSITIVE)
            .matcher(answer.body());
    if (handler.find()) {
      throw new AssertionError(kind + ": inline event handler in " + handler.group());
    }
  }
}
