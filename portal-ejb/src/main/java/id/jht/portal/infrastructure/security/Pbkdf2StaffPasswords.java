package id.jht.portal.infrastructure.security;

import id.jht.portal.domain.model.staff.StaffPasswords;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Staff passwords through Jakarta Security's {@link Pbkdf2PasswordHash} (the server's
 * implementation, Soteria on Payara): PBKDF2 with HMAC-SHA-256, a 32-byte salt and 310,000
 * iterations (OWASP's 2023 figure for this function; the API's default of 2,048 is far too few),
 * stored as {@code PBKDF2WithHmacSHA256:iterations:salt:hash}. Hashes of the portal's own former
 * format ({@link LegacyPbkdf2Hash}) still match and are reported for rehashing.
 */
@ApplicationScoped
public class Pbkdf2StaffPasswords implements StaffPasswords {

  static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  static final int ITERATIONS = 310_000;

  @Inject Pbkdf2PasswordHash pbkdf2;

  private int iterations = ITERATIONS;
  private String prefix;
  private String decoy;

  /** For CDI. */
  public Pbkdf2StaffPasswords() {}

  /** Outside the container (tests) with the given implementation and work factor. */
  Pbkdf2StaffPasswords(Pbkdf2PasswordHash pbkdf2, int iterations) {
    this.pbkdf2 = pbkdf2;
    this.iterations = iterations;
    configure();
  }

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            String.valueOf(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes",
            "32",
            "Pbkdf2PasswordHash.KeySizeBytes",
            "32"));
    prefix = ALGORITHM + ":" + iterations + ":";
    // Made now, not at the first unknown username, which would otherwise take twice as long.
    decoy = hash("decoy-password".toCharArray());
  }

  @Override
  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  @Override
  public boolean matches(char[] password, String stored) {
    if (stored == null) {
      return false;
    }
    if (LegacyPbkdf2Hash.isLegacy(stored)) {
      return LegacyPbkdf2Hash.matches(password, stored);
    }
    try {
      return pbkdf2.verify(password, stored);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  @Override
  public void matchDecoy(char[] password) {
    matches(password, decoy);
  }

  /**
   * Anything but today's algorithm with today's work factor: the legacy format, fewer iterations.
   */
  @Override
  public boolean needsRehash(String stored) {
    return stored == null || !stored.startsWith(prefix);
  }
}
