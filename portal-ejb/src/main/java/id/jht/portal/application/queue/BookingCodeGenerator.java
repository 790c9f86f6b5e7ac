package id.jht.portal.application.queue;

import java.security.SecureRandom;

/**
 * Makes booking codes: what a participant later uses, with NIK or KPJ and birth date, to reach a
 * booking. Ten characters drawn uniformly by {@link SecureRandom} from a 31-character alphabet
 * without the look-alikes 0/O, 1/I/L: 31^10 is about 2^49.5, so guessing is hopeless even before
 * the second factor and the rate limits. Codes are stored as the ten characters, without dashes;
 * {@link BookingCode#formatted()} groups them for reading.
 */
public final class BookingCodeGenerator {

  /** Digits 2-9 and the letters without I, L and O. */
  public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

  public static final int LENGTH = 10;

  private final SecureRandom random;

  public BookingCodeGenerator() {
    this(new SecureRandom());
  }

  BookingCodeGenerator(SecureRandom random) {
    this.random = random;
  }

  /** A new code of {@link #LENGTH} characters, as stored (no dashes). */
  public String next() {
    char[] code = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return new String(code);
  }

  /** Random bits in one code: LENGTH * log2(alphabet size). */
  public static double entropyBits() {
    return LENGTH * Math.log(ALPHABET.length()) / Math.log(2);
  }
}
