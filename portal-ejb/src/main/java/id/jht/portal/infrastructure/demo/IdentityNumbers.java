package id.jht.portal.infrastructure.demo;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Composes NIK numbers the way the civil registry does, and masks identity numbers for messages.
 *
 * <p>Kept private to this package on purpose: the domain's value objects are developed separately
 * and the demo data must not wait for them; the tests check the output against an independent
 * parser.
 */
final class IdentityNumbers {

  /** Women's NIKs carry the day of birth plus 40. */
  private static final int FEMALE_DAY_OFFSET = 40;

  private IdentityNumbers() {}

  /**
   * A NIK: six-digit region code (province, regency, district), birth date as DDMMYY with 40 added
   * to the day for women, and a four-digit sequence.
   */
  static String nik(String regionCode, LocalDate birthDate, boolean female, int sequence) {
    if (!regionCode.matches("\\d{6}")) {
      throw new IllegalArgumentException("Region code must have six digits: " + regionCode);
    }
    if (sequence < 1 || sequence > 9999) {
      throw new IllegalArgumentException("NIK sequence out of 1..9999: " + sequence);
    }
    int day = birthDate.getDayOfMonth() + (female ? FEMALE_DAY_OFFSET : 0);
    return String.format(
        Locale.ROOT,
        "%s%02d%02d%02d%04d",
        regionCode,
        day,
        birthDate.getMonthValue(),
        birthDate.getYear() % 100,
        sequence);
  }

  /** First two and last two characters, the rest as '*': safe for logs and exception messages. */
  static String mask(String number) {
    if (number == null || number.length() <= 4) {
      return "****";
    }
    return number.substring(0, 2)
        + "*".repeat(number.length() - 4)
        + number.substring(number.length() - 2);
  }
}
