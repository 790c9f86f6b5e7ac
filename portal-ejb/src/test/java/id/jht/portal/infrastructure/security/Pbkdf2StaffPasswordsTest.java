package id.jht.portal.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.model.staff.StaffAccount;
import id.jht.portal.domain.model.staff.StaffRole;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/**
 * Staff passwords through Soteria's {@code Pbkdf2PasswordHash} (Payara's implementation), with the
 * portal's former hashes still accepted and replaced at the next sign-in. Fewer iterations than in
 * production keep the test quick; the format and the code are the same.
 */
class Pbkdf2StaffPasswordsTest {

  private static final int ITERATIONS = 1_024;
  private static final char[] PASSWORD = "Petugas#2026".toCharArray();

  private final Pbkdf2StaffPasswords passwords =
      new Pbkdf2StaffPasswords(new Pbkdf2PasswordHashImpl(), ITERATIONS);

  @Test
  void aNewHashIsJakartaSecuritysFormatSaltedAndMatchesOnlyItsPassword() {
    String hash = passwords.hash(PASSWORD);
    assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:1024:"), hash);
    assertEquals(4, hash.split(":").length);
    assertNotEquals(hash, passwords.hash(PASSWORD), "a fresh salt every time");
    assertTrue(passwords.matches(PASSWORD, hash));
    assertFalse(passwords.matches("Petugas#2027".toCharArray(), hash));
    assertFalse(passwords.needsRehash(hash));
  }

  @Test
  void theProductionWorkFactorIsOwaspsFigure() {
    String hash =
        new Pbkdf2StaffPasswords(new Pbkdf2PasswordHashImpl(), Pbkdf2StaffPasswords.ITERATIONS)
            .hash(PASSWORD);
    assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:310000:"), hash);
  }

  @Test
  void aLegacyHashStillMatchesAndAsksForRehashing() {
    String legacy = legacyHash(PASSWORD, "salt-of-16-bytes".getBytes(), 1_000);
    assertTrue(passwords.matches(PASSWORD, legacy));
    assertFalse(passwords.matches("wrong".toCharArray(), legacy));
    assertTrue(passwords.needsRehash(legacy));
  }

  @Test
  void aHashWithAWeakerWorkFactorAsksForRehashing() {
    String weaker = new Pbkdf2StaffPasswords(new Pbkdf2PasswordHashImpl(), 2_048).hash(PASSWORD);
    assertTrue(passwords.matches(PASSWORD, weaker), "still accepted");
    assertTrue(passwords.needsRehash(weaker));
  }

  @Test
  void malformedOrMissingHashesNeverMatch() {
    for (String stored :
        new String[] {
          null,
          "",
          "plain-text",
          "pbkdf2-sha256$x$y",
          "pbkdf2-sha256$abc$c2FsdA$aGFzaA",
          "pbkdf2-sha256$0$$",
          "PBKDF2WithHmacSHA256:1024:###:###",
          "PBKDF2WithHmacSHA256:1024"
        }) {
      assertFalse(passwords.matches(PASSWORD, stored), String.valueOf(stored));
    }
  }

  @Test
  void theDecoyMatchesNothingAndCanBeCalledAgain() {
    passwords.matchDecoy(PASSWORD);
    passwords.matchDecoy("decoy-password".toCharArray());
  }

  @Test
  void anAccountWithALegacyHashGetsTheNewFormatAtSignInAndSignsInAgain() {
    String legacy = legacyHash(PASSWORD, "another-16-bytes".getBytes(), 310_000);
    StaffAccount account =
        new StaffAccount(
            "admin.lama",
            "Admin Lama",
            legacy,
            StaffRole.ADMINISTRATOR,
            null,
            "admin.lama@example.com",
            Instant.parse("2026-12-01T00:00:00Z"));

    assertTrue(passwords.matches(PASSWORD, account.getPasswordHash()));
    assertTrue(account.upgradePasswordHash(PASSWORD, passwords));

    String upgraded = account.getPasswordHash();
    assertTrue(upgraded.startsWith("PBKDF2WithHmacSHA256:"), upgraded);
    assertTrue(passwords.matches(PASSWORD, upgraded), "signs in again with the new hash");
    assertFalse(account.upgradePasswordHash(PASSWORD, passwords), "upgraded once only");
    assertEquals(upgraded, account.getPasswordHash());
  }

  /** The portal's former format, written here independently of the code that reads it. */
  private static String legacyHash(char[] password, byte[] salt, int iterations) {
    try {
      byte[] hash =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
              .generateSecret(new PBEKeySpec(password, salt, iterations, 256))
              .getEncoded();
      Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
      return "pbkdf2-sha256$"
          + iterations
          + "$"
          + b64.encodeToString(salt)
          + "$"
          + b64.encodeToString(hash);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
