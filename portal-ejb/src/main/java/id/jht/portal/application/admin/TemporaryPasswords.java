package id.jht.portal.application.admin;

import java.security.SecureRandom;

/**
 * Temporary staff passwords: 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I),
 * always with upper case, lower case, a digit and a symbol, so that they pass any password rule and
 * can be read out over the phone. About 95 bits of entropy.
 */
public final class TemporaryPasswords {

  public static final int LENGTH = 16;

  static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  static final String DIGITS = "23456789";
  static final String SYMBOLS = "#%+=@";
  private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;

  private final SecureRandom random;

  public TemporaryPasswords() {
    this(new SecureRandom());
  }

  TemporaryPasswords(SecureRandom random) {
    this.random = random;
  }

  public char[] generate() {
    char[] password = new char[LENGTH];
    password[0] = pick(UPPER);
    password[1] = pick(LOWER);
    password[2] = pick(DIGITS);
    password[3] = pick(SYMBOLS);
    for (int i = 4; i < LENGTH; i++) {
      password[i] = pick(ALL);
    }
    // Shuffle so the guaranteed classes are not always at the front.
    for (int i = LENGTH - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      char swap = password[i];
      password[i] = password[j];
      password[j] = swap;
    }
    return password;
  }

  private char pick(String alphabet) {
    return alphabet.charAt(random.nextInt(alphabet.length()));
  }
}
