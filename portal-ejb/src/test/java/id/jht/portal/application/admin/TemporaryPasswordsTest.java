package id.jht.portal.application.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemporaryPasswordsTest {

  private final TemporaryPasswords passwords = new TemporaryPasswords();

  @Test
  void everyPasswordHasEveryCharacterClassAndNoLookAlikes() {
    for (int i = 0; i < 500; i++) {
      String p = new String(passwords.generate());
      assertEquals(TemporaryPasswords.LENGTH, p.length());
      assertTrue(containsAny(p, TemporaryPasswords.UPPER), p);
      assertTrue(containsAny(p, TemporaryPasswords.LOWER), p);
      assertTrue(containsAny(p, TemporaryPasswords.DIGITS), p);
      assertTrue(containsAny(p, TemporaryPasswords.SYMBOLS), p);
      assertTrue(p.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), p);
    }
  }

  @Test
  void passwordsDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      assertTrue(seen.add(new String(passwords.generate())));
    }
  }

  private static boolean containsAny(String text, String alphabet) {
    return text.chars().anyMatch(c -> alphabet.indexOf(c) >= 0);
  }
}
