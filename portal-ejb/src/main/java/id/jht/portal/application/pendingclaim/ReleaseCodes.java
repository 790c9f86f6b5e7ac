package id.jht.portal.application.pendingclaim;

import id.jht.portal.domain.shared.Digests;
import id.jht.portal.domain.shared.Digits;
import id.jht.portal.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * Six-digit one-time codes. Only a hash is stored, bound to the participant and purpose so that a
 * code (or its hash) is worth nothing for anyone else's record.
 */
public final class ReleaseCodes {

  public static final String PURPOSE = "PENDING_RELEASE";
  public static final String FIELD = "code";
  public static final int LENGTH = 6;
  private static final SecureRandom RANDOM = new SecureRandom();

  private ReleaseCodes() {}

  /** A uniformly random code of six digits, leading zeros included. */
  public static String generate() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }

  public static String hash(Long participantId, String code) {
    return hash(PURPOSE, participantId, code);
  }

  /** The plain stored hash of a code of any purpose ({@link CodeHashes} without a key). */
  static String hash(String purpose, Long participantId, String code) {
    return Digests.sha256Hex(bound(purpose, participantId, code));
  }

  /** What is hashed: the code bound to its participant and purpose. */
  static String bound(String purpose, Long participantId, String code) {
    return purpose + ":" + participantId + ":" + code;
  }

  /** Compares in constant time. */
  public static boolean matches(Long participantId, String code, String storedHash) {
    return matches(PURPOSE, participantId, code, storedHash);
  }

  static boolean matches(String purpose, Long participantId, String code, String storedHash) {
    return storedHash != null
        && MessageDigest.isEqual(
            hash(purpose, participantId, code).getBytes(StandardCharsets.US_ASCII),
            storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * The typed code, surrounding white space removed.
   *
   * @throws InvalidValueException field {@code code}, key {@code pending.release.codeMalformed}
   */
  public static String normalize(String typed) {
    String code = Digits.stripped(typed);
    if (code.length() != LENGTH || !Digits.isDigits(code)) {
      throw InvalidValueException.of(FIELD, "pending.release.codeMalformed");
    }
    return code;
  }
}
