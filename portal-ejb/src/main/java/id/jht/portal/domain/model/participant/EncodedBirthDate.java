package id.jht.portal.domain.model.participant;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The birth date part of a NIK: digits 7-12 as DDMMYY, with 40 added to the day for women. The
 * century is not encoded, so the full date is only known relative to a given day.
 */
record EncodedBirthDate(int day, int month, int twoDigitYear, Gender gender) {

  private static final int FEMALE_DAY_OFFSET = 40;

  /**
   * Reads DDMMYY digits; empty when they are no calendar date. Leap days are checked against the
   * year 20YY, which is a leap year exactly when 19YY is, except 00: 2000 was a leap year, so 29
   * February 00 is accepted.
   */
  static Optional<EncodedBirthDate> parse(String ddmmyy) {
    int encodedDay = Integer.parseInt(ddmmyy.substring(0, 2));
    int month = Integer.parseInt(ddmmyy.substring(2, 4));
    int twoDigitYear = Integer.parseInt(ddmmyy.substring(4, 6));
    Gender gender = encodedDay > FEMALE_DAY_OFFSET ? Gender.FEMALE : Gender.MALE;
    int day = gender == Gender.FEMALE ? encodedDay - FEMALE_DAY_OFFSET : encodedDay;
    if (month < 1 || month > 12 || day < 1) {
      return Optional.empty();
    }
    if (day > YearMonth.of(2000 + twoDigitYear, month).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(new EncodedBirthDate(day, month, twoDigitYear, gender));
  }

  /** DDMMYY digits for a birth date, with 40 added to the day for women. */
  static String encode(LocalDate birthDate, Gender gender) {
    int encodedDay = birthDate.getDayOfMonth() + (gender == Gender.FEMALE ? FEMALE_DAY_OFFSET : 0);
    return String.format(
        "%02d%02d%02d", encodedDay, birthDate.getMonthValue(), birthDate.getYear() % 100);
  }

  /**
   * The latest date with these day, month and two-digit year that is not after {@code today}: a NIK
   * with year 05 read in 2024 means 2005, read in 2004 it means 1905.
   */
  LocalDate resolve(LocalDate today) {
    int century = today.getYear() / 100 * 100;
    // Three centuries suffice: the current one, the previous one, and the one before that for a
    // 29 February 00 that did not exist in 1900.
    for (int start = century; start >= century - 200; start -= 100) {
      int year = start + twoDigitYear;
      if (day <= YearMonth.of(year, month).lengthOfMonth()) {
        LocalDate candidate = LocalDate.of(year, month, day);
        if (!candidate.isAfter(today)) {
          return candidate;
        }
      }
    }
    throw new DateTimeException("No birth date on or before " + today + " fits the NIK");
  }

  /** True when the date has the same day, month and last two year digits. */
  boolean matches(LocalDate date) {
    return date.getDayOfMonth() == day
        && date.getMonthValue() == month
        && date.getYear() % 100 == twoDigitYear;
  }
}
