package id.jht.portal.application.pendingclaim;

import id.jht.portal.domain.shared.Digests;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How a one-time code is stored: HMAC-SHA256 under the server's key ({@code
 * PORTAL_ONE_TIME_CODE_KEY}, Base64 of at least 32 random bytes, the same on every node), so that
 * whoever reads {@code one_time_code} (a leaked backup, say) cannot find a live code by trying the
 * million six-digit values, as a plain SHA-256 lets them do in a moment. Without a key the plain
 * SHA-256 of {@link ReleaseCodes} is kept (as before).
 *
 * <p>A typed code matches the keyed form or the plain one: codes issued before the key was set stay
 * valid until they expire (minutes), and after that no plain hash is left to match. The plain match
 * can go once every node has had the key for longer than a code's validity.
 */
@ApplicationScoped
public class CodeHashes {

  private static final Logger LOG = Logger.getLogger(CodeHashes.class.getName());

  @Inject
  @ConfigProperty(name = "portal.one-time-code.key")
  Optional<String> configuredKey;

  private byte[] key;

  @PostConstruct
  void init() {
    key = configuredKey.filter(k -> !k.isBlank()).map(k -> decode(k.trim())).orElse(null);
    if (key == null) {
      LOG.info("No PORTAL_ONE_TIME_CODE_KEY: one-time codes are stored as plain SHA-256");
    }
  }

  private static byte[] decode(String base64) {
    byte[] bytes = Base64.getDecoder().decode(base64);
    if (bytes.length < 32) {
      throw new IllegalArgumentException("PORTAL_ONE_TIME_CODE_KEY needs at least 32 bytes");
    }
    return bytes;
  }

  /** The stored form of a new code. */
  String of(String purpose, Long participantId, String code) {
    return key == null
        ? ReleaseCodes.hash(purpose, participantId, code)
        : Digests.hmacSha256Hex(key, ReleaseCodes.bound(purpose, participantId, code));
  }

  /**
   * Whether the typed code is the stored one, in its keyed or (issued before the key) plain form.
   */
  boolean matches(String purpose, Long participantId, String typed, String stored) {
    return stored != null
            && MessageDigest.isEqual(
                of(purpose, participantId, typed).getBytes(StandardCharsets.US_ASCII),
                stored.getBytes(StandardCharsets.US_ASCII))
        || ReleaseCodes.matches(purpose, participantId, typed, stored);
  }
}
