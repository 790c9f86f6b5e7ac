package id.jht.portal.domain.model.correction;

import id.jht.portal.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The reference of an identity correction, mailed to the registry's address: with the NIK it shows
 * the request's state to someone who cannot pass the identity step yet. Ten characters of an
 * alphabet without look-alikes (no 0/O, 1/I/L), about 49 bits, shown as {@code ABCDE-23456}; only
 * its SHA-256 is stored.
 */
public record CorrectionReference(String value) {

  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final int LENGTH = 10;

  /** A new random reference. */
  public static CorrectionReference generate(SecureRandom random) {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return new CorrectionReference(code.toString());
  }

  /**
   * The reference as typed: case, spaces and dashes do not matter.
   *
   * @throws InvalidValueException with field {@code reference} when it cannot be a reference
   */
  public static CorrectionReference typed(String input) {
    String code =
        input == null ? "" : input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT).strip();
    if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      throw InvalidValueException.of("reference", "correction.reference.malformed");
    }
    return new CorrectionReference(code);
  }

  /** As the participant reads it: two groups of five. */
  public String shown() {
    return value.substring(0, 5) + "-" + value.substring(5);
  }

  /** What is stored and looked up. */
  public String hash() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
