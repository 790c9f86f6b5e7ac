package id.jht.portal.application.pendingclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeHashesTest {

  private static final String PURPOSE = ReleaseCodes.PURPOSE;

  private static CodeHashes withKey(Optional<String> key) {
    CodeHashes hashes = new CodeHashes();
    hashes.configuredKey = key;
    hashes.init();
    return hashes;
  }

  private static Optional<String> key(int fill) {
    byte[] bytes = new byte[32];
    java.util.Arrays.fill(bytes, (byte) fill);
    return Optional.of(Base64.getEncoder().encodeToString(bytes));
  }

  @Test
  void withAKeyTheStoredFormIsKeyedAndNotThePlainDigest() {
    CodeHashes keyed = withKey(key(1));
    String stored = keyed.of(PURPOSE, 7L, "012345");
    assertEquals(64, stored.length());
    assertNotEquals(ReleaseCodes.hash(PURPOSE, 7L, "012345"), stored, "not the plain SHA-256");
    assertNotEquals(stored, withKey(key(2)).of(PURPOSE, 7L, "012345"), "another key, another form");
    assertTrue(keyed.matches(PURPOSE, 7L, "012345", stored));
    assertFalse(keyed.matches(PURPOSE, 7L, "012346", stored));
    assertFalse(keyed.matches(PURPOSE, 8L, "012345", stored));
    assertFalse(keyed.matches("IDENTITY_UNLOCK", 7L, "012345", stored));
    assertFalse(keyed.matches(PURPOSE, 7L, "012345", null));
    assertFalse(withKey(key(2)).matches(PURPOSE, 7L, "012345", stored), "only under its key");
  }

  @Test
  void aCodeIssuedBeforeTheKeyStaysValid() {
    String issuedBefore = ReleaseCodes.hash(PURPOSE, 7L, "012345");
    CodeHashes keyed = withKey(key(1));
    assertTrue(keyed.matches(PURPOSE, 7L, "012345", issuedBefore));
    assertFalse(keyed.matches(PURPOSE, 7L, "999999", issuedBefore));
  }

  @Test
  void withoutAKeyTheFormIsThePlainDigestAsBefore() {
    CodeHashes plain = withKey(Optional.empty());
    assertEquals(ReleaseCodes.hash(PURPOSE, 7L, "012345"), plain.of(PURPOSE, 7L, "012345"));
    assertTrue(plain.matches(PURPOSE, 7L, "012345", ReleaseCodes.hash(PURPOSE, 7L, "012345")));
    assertEquals(
        ReleaseCodes.hash(PURPOSE, 7L, "1"), withKey(Optional.of(" ")).of(PURPOSE, 7L, "1"));
  }

  @Test
  void aShortKeyIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> withKey(Optional.of(Base64.getEncoder().encodeToString(new byte[16]))));
  }
}
