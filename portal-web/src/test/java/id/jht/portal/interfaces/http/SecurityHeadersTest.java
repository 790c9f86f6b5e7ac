package id.jht.portal.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void everyAnswerGetsAnUnguessableNonceOfItsOwn() {
    String one = SecurityHeaders.freshNonce();
    assertNotEquals(one, SecurityHeaders.freshNonce());
    assertTrue(SecurityHeaders.isWellFormedNonce(one), one);
  }

  @Test
  void onlyANonceOfOurFormIsTakenBackFromAClient() {
    assertFalse(SecurityHeaders.isWellFormedNonce(null));
    assertFalse(SecurityHeaders.isWellFormedNonce(""));
    assertFalse(SecurityHeaders.isWellFormedNonce("abc'; script-src *"));
    assertFalse(SecurityHeaders.isWellFormedNonce("AAAAAAAAAAAAAAAAAAAAAAA\r\nX: y"));
    assertTrue(SecurityHeaders.isWellFormedNonce("A".repeat(24)));
  }

  @Test
  void thePagePolicyAllowsNoInlineScriptButTheNonces() {
    String policy = SecurityHeaders.pagePolicy("N".repeat(24));
    String scripts =
        policy.substring(
            policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src")));
    assertTrue(scripts.equals("script-src 'self' 'nonce-" + "N".repeat(24) + "'"), scripts);
    assertFalse(policy.contains("unsafe-eval"), policy);
    assertTrue(policy.contains("object-src 'none'"), policy);
  }
}
