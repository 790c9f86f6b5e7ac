package id.jht.portal.infrastructure.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Reads the hashes the portal wrote before it used Jakarta Security: PBKDF2 with HMAC-SHA-256,
 * stored as {@code pbkdf2-sha256$iterations$salt$hash} (unpadded Base64). Nothing writes this
 * format any more; an account's hash is replaced at its next successful sign-in.
 */
final class LegacyPbkdf2Hash {

  static final String PREFIX = "pbkdf2-sha256$";
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int HASH_BITS = 256;

  private LegacyPbkdf2Hash() {}

  static boolean isLegacy(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  /** Compares in constant time; a malformed stored hash never matches. */
  static boolean matches(char[] password, String stored) {
    if (!isLegacy(stored)) {
      return false;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 4) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return iterations > 0
          && salt.length > 0
          && MessageDigest.isEqual(expected, derive(password, salt, iterations));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
