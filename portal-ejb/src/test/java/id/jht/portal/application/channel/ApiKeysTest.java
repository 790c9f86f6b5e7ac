package id.jht.portal.application.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

  @Test
  void keysAreLongRandomAndRecognisable() {
    String one = ApiKeys.generate();
    String other = ApiKeys.generate();
    assertNotEquals(one, other);
    assertTrue(one.startsWith("jhtk_"), one);
    assertTrue(one.length() >= 45, "32 random bytes in Base64");
    assertTrue(one.matches("jhtk_[A-Za-z0-9_-]+"), "safe in a header without escaping: " + one);
  }

  @Test
  void onlyTheHashAndTheFirstCharactersAreKept() {
    String key = ApiKeys.generate();
    assertEquals(64, ApiKeys.hash(key).length());
    assertEquals(ApiKeys.hash(key), ApiKeys.hash(key));
    assertEquals(12, ApiKeys.shownPart(key).length());
    assertTrue(key.startsWith(ApiKeys.shownPart(key)));
    assertEquals("demo", ApiKeys.shownPart("demo"));
  }

  @Test
  void theKeyIsTakenFromABearerAuthorizationHeaderOnly() {
    assertEquals(Optional.of("abc"), ApiKeys.fromAuthorization("Bearer abc"));
    assertEquals(Optional.of("abc"), ApiKeys.fromAuthorization("  bearer   abc "));
    assertEquals(Optional.empty(), ApiKeys.fromAuthorization("Basic YWJjOmRlZg=="));
    assertEquals(Optional.empty(), ApiKeys.fromAuthorization("Bearer "));
    assertEquals(Optional.empty(), ApiKeys.fromAuthorization("abc"));
    assertEquals(Optional.empty(), ApiKeys.fromAuthorization(null));
  }

  @Test
  void anIssuedKeyNeverPrintsTheKey() {
    IssuedKey issued = new IssuedKey(1L, "jmo", "jhtk_secret-secret", "jhtk_secret-");
    assertTrue(!issued.toString().contains("jhtk_secret-secret"), issued.toString());
  }
}
