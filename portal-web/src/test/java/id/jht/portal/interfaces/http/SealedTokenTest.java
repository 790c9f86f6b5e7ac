package id.jht.portal.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SealedTokenTest {

  private static final byte[] NAME =
      "Identitas terkonfirmasi: Andika Prasetyo.".getBytes(StandardCharsets.UTF_8);

  /** A 32-byte key of one repeated letter. */
  private static byte[] key(char letter) {
    return String.valueOf(letter).repeat(32).getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void whatOneNodeSealsAnotherWithTheSameKeyOpens() {
    String token = new SealedToken(key('g'), "JHT_MESSAGES").seal(NAME);
    assertArrayEquals(NAME, new SealedToken(key('g'), "JHT_MESSAGES").open(token).orElseThrow());
  }

  @Test
  void theBrowserCannotReadIt() {
    SealedToken sealer = new SealedToken(key('g'), "JHT_MESSAGES");
    String token = sealer.seal(NAME);
    String bytes = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.ISO_8859_1);
    assertFalse(token.contains("Andika") || bytes.contains("Andika"), token);
    assertNotEquals(token, sealer.seal(NAME), "a fresh nonce every time");
    assertEquals(token.length(), SealedToken.length(NAME.length));
  }

  @Test
  void aChangedTokenAnotherKeyOrAnotherPurposeIsRefused() {
    SealedToken sealer = new SealedToken(key('g'), "JHT_MESSAGES");
    String token = sealer.seal(NAME);
    byte[] changed = Base64.getUrlDecoder().decode(token);
    changed[20] ^= 1;
    assertTrue(
        sealer.open(Base64.getUrlEncoder().withoutPadding().encodeToString(changed)).isEmpty());
    assertTrue(new SealedToken(key('h'), "JHT_MESSAGES").open(token).isEmpty());
    assertTrue(new SealedToken(key('g'), "JHT_OTHER").open(token).isEmpty());
    assertTrue(sealer.open(token.substring(0, 30)).isEmpty());
    assertTrue(sealer.open("not a token!").isEmpty());
    assertTrue(sealer.open("").isEmpty());
    assertTrue(sealer.open(null).isEmpty());
  }

  @Test
  void aShortKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SealedToken(new byte[16], "x"));
  }
}
