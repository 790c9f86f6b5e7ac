package id.jht.portal.application.channel;

import id.jht.portal.domain.shared.Digests;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * API keys: 32 random bytes, URL-safe Base64, behind a recognisable prefix ({@code jhtk_}) so a
 * leaked key is easy to find in logs and repositories. Only the SHA-256 is stored (a long random
 * key needs no slow hash), plus the first characters for administrators to tell keys apart.
 */
public final class ApiKeys {

  public static final String PREFIX = "jhtk_";

  /** Characters of the key kept in clear to identify it (fits {@code api_channel.key_prefix}). */
  public static final int SHOWN_CHARACTERS = 12;

  private static final int RANDOM_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeys() {}

  public static String generate() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String key) {
    return Digests.sha256Hex(key);
  }

  public static String shownPart(String key) {
    return key.substring(0, Math.min(SHOWN_CHARACTERS, key.length()));
  }

  /** The key from an {@code Authorization} header value, if it is a non-empty Bearer token. */
  public static java.util.Optional<String> fromAuthorization(String header) {
    if (header == null) {
      return java.util.Optional.empty();
    }
    String value = header.strip();
    if (value.length() <= 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return java.util.Optional.empty();
    }
    String key = value.substring(7).strip();
    return key.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(key);
  }
}
