package id.jht.portal.domain.model.participant;

import id.jht.portal.domain.shared.Digits;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.MaskedNumber;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The 16-digit national identity number (Nomor Induk Kependudukan) on the e-KTP.
 *
 * <p>Layout: digits 1-2 province, 3-4 regency or city, 5-6 district, 7-12 birth date as DDMMYY (day
 * plus 40 for women), 13-16 a sequence number. {@link #of(String)} checks each part and says which
 * one is wrong. {@link #toString()} is masked so that a NIK never reaches a log in full.
 */
public final class Nik extends MaskedNumber {

  private static final long serialVersionUID = 1L;

  /** Form field name used in validation errors. */
  public static final String FIELD = "nik";

  /** Number of digits of a NIK. */
  public static final int LENGTH = 16;

  static final String EMPTY = "nik.empty";
  static final String NOT_DIGITS = "nik.notDigits";
  static final String WRONG_LENGTH = "nik.wrongLength";
  static final String UNKNOWN_PROVINCE = "nik.unknownProvince";
  static final String REGION_ZERO = "nik.regionZero";
  static final String INVALID_BIRTH_DATE = "nik.invalidBirthDate";
  static final String SEQUENCE_ZERO = "nik.sequenceZero";

  private static final int MAX_SEQUENCE = 9999;

  private Nik(String value) {
    super(value);
  }

  /**
   * Validates and creates a NIK. Leading and trailing white space is ignored; anything else that is
   * not a digit is an error.
   *
   * @throws InvalidValueException with field {@code nik} and one of the keys {@code nik.empty},
   *     {@code nik.notDigits}, {@code nik.wrongLength} (argument: number of digits given), {@code
   *     nik.unknownProvince} (argument: the two digits), {@code nik.regionZero}, {@code
   *     nik.invalidBirthDate}, {@code nik.sequenceZero}
   */
  public static Nik of(String input) {
    String value = Digits.required(input, FIELD, EMPTY, NOT_DIGITS);
    Digits.requireLength(value, LENGTH, FIELD, WRONG_LENGTH);
    String province = value.substring(0, 2);
    if (!ProvinceCodes.isKnown(province)) {
      throw InvalidValueException.of(FIELD, UNKNOWN_PROVINCE, province);
    }
    if (Digits.isAllZeros(value.substring(2, 6))) {
      throw InvalidValueException.of(FIELD, REGION_ZERO);
    }
    if (EncodedBirthDate.parse(value.substring(6, 12)).isEmpty()) {
      throw InvalidValueException.of(FIELD, INVALID_BIRTH_DATE);
    }
    if (Digits.isAllZeros(value.substring(12))) {
      throw InvalidValueException.of(FIELD, SEQUENCE_ZERO);
    }
    return new Nik(value);
  }

  /**
   * Rebuilds a NIK read back from the database, <em>without</em> validating it again. What is
   * stored was validated on its way in; a row that a later, stricter rule would refuse (or one
   * written by hand) must still load, or a page that merely shows it would fail. Only the
   * persistence converter calls this; everything a person types goes through {@link #of(String)}.
   */
  public static Nik stored(String value) {
    return new Nik(Objects.requireNonNull(value, "value"));
  }

  /**
   * Builds a NIK from its parts, for generators and tests.
   *
   * @param regionCode6 province, regency and district code, six digits
   * @param sequence 1 to 9999
   * @throws IllegalArgumentException when the region code is not six digits or the sequence is out
   *     of range
   * @throws InvalidValueException when the parts do not make a valid NIK (e.g. unknown province)
   */
  public static Nik compose(String regionCode6, LocalDate birthDate, Gender gender, int sequence) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(gender, "gender");
    if (regionCode6 == null || regionCode6.length() != 6 || !Digits.isDigits(regionCode6)) {
      throw new IllegalArgumentException("The region code must be six digits");
    }
    if (sequence < 1 || sequence > MAX_SEQUENCE) {
      throw new IllegalArgumentException("The sequence must be between 1 and " + MAX_SEQUENCE);
    }
    return of(
        regionCode6 + EncodedBirthDate.encode(birthDate, gender) + String.format("%04d", sequence));
  }

  /** Gender as encoded in the birth day (day plus 40 for women). */
  public Gender gender() {
    return birthDigits().gender();
  }

  /**
   * The birth date, with the century chosen so that the date is the latest one not after {@code
   * today}.
   */
  public LocalDate birthDate(LocalDate today) {
    return birthDigits().resolve(Objects.requireNonNull(today, "today"));
  }

  /**
   * True when the date has the day, month and two-digit year encoded in this NIK. The century is
   * not encoded, so it is not compared.
   */
  public boolean matchesBirthDate(LocalDate date) {
    return date != null && encodedBirthDate().map(digits -> digits.matches(date)).orElse(false);
  }

  private EncodedBirthDate birthDigits() {
    return encodedBirthDate().orElseThrow();
  }

  /** Empty only for a {@link #stored(String)} number that no longer validates. */
  private Optional<EncodedBirthDate> encodedBirthDate() {
    return value().length() == LENGTH
        ? EncodedBirthDate.parse(value().substring(6, 12))
        : Optional.empty();
  }
}
