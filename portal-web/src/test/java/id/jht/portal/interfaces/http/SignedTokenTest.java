package id.jht.portal.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedTokenTest {

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  @Test
  void whatOneNodeSignsAnotherWithTheSameKeyReads() {
    String token = new SignedToken(key(7)).sign("p1|42|7||0|1700000000");
    assertEquals(Optional.of("p1|42|7||0|1700000000"), new SignedToken(key(7)).verify(token));
  }

  @Test
  void aChangedPayloadOrAnotherKeyIsRefused() {
    SignedToken signer = new SignedToken(key(7));
    String token = signer.sign("p1|42|7||0|1700000000");
    String otherPayload = signer.sign("p1|43|7||0|1700000000");
    String forged =
        otherPayload.substring(0, otherPayload.indexOf('.')) + token.substring(token.indexOf('.'));
    assertTrue(signer.verify(forged).isEmpty());
    assertTrue(new SignedToken(key(8)).verify(token).isEmpty());
    assertTrue(signer.verify(token + "x").isEmpty());
    assertTrue(signer.verify("not a token").isEmpty());
    assertTrue(signer.verify("a.b.c").isEmpty());
    assertTrue(signer.verify(null).isEmpty());
  }

  @Test
  void aShortKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SignedToken(new byte[16]));
  }
}
