package id.jht.portal.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DigestsTest {

  /** The stored API-key and one-time-code hashes of today stay valid: same bytes, same text. */
  @Test
  void sha256HexIsTheStandardDigestInLowerCaseHex() {
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Digests.sha256Hex(""));
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        Digests.sha256Hex("abc"));
  }
}
