package id.jht.portal.domain.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A fast digest for secrets that are not passwords. API keys are 32 random bytes, so a slow hash
 * would add nothing; one-time codes live minutes, are bound to a participant and purpose, and their
 * attempts are rate limited; rate-limit buckets hash a NIK or an address only so that neither is
 * kept in clear. None of them is a password: those go through {@code StaffPasswords}.
 */
public final class Digests {

  private Digests() {}

  /** The SHA-256 of the UTF-8 bytes of {@code secret}, as 64 lower-case hex digits. */
  public static String sha256Hex(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The HMAC-SHA256 of the UTF-8 bytes of {@code secret} under {@code key}, as 64 lower-case hex
   * digits: for a secret of few possible values (a six-digit code), which a plain digest would give
   * away to whoever reads the stored value, and the key does not.
   */
  public static String hmacSha256Hex(byte[] key, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HMAC-SHA256", e);
    }
  }
}
