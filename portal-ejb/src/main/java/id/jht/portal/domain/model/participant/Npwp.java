package id.jht.portal.domain.model.participant;

import id.jht.portal.domain.shared.Digits;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.MaskedNumber;
import java.util.Objects;

/**
 * Tax number (Nomor Pokok Wajib Pajak). Two forms are accepted, typed plain or with the usual dots
 * and dash:
 *
 * <ul>
 *   <li>15 digits, {@code 99.999.999.9-999.999}: the ninth digit is the Luhn check digit of the
 *       first eight;
 *   <li>16 digits: since 2024 a resident's NPWP is the NIK, so it is validated as a {@link Nik}
 *       (its problems are reported with the NIK message keys, against the field {@code npwp}).
 * </ul>
 *
 * <p>{@link #toString()} is masked, because a 16-digit NPWP is a NIK.
 */
public final class Npwp extends MaskedNumber {

  private static final long serialVersionUID = 1L;

  /** Form field name used in validation errors. */
  public static final String FIELD = "npwp";

  /** Digits of the classic NPWP. */
  public static final int CLASSIC_LENGTH = 15;

  static final String EMPTY = "npwp.empty";
  static final String NOT_DIGITS = "npwp.notDigits";
  static final String WRONG_LENGTH = "npwp.wrongLength";
  static final String CHECK_DIGIT = "npwp.checkDigit";
  static final String ALL_ZERO = "npwp.allZero";

  private static final int CHECKED_PREFIX_LENGTH = 9;

  private Npwp(String value) {
    super(value);
  }

  /**
   * Rebuilds an NPWP read back from the database, <em>without</em> validating it again. What is
   * stored was validated on its way in; a row that a later, stricter rule would refuse must still
   * load, or a page that merely shows it would fail. Only the persistence converter calls this;
   * everything a person types goes through {@link #of(String)}.
   */
  public static Npwp stored(String value) {
    return new Npwp(Objects.requireNonNull(value, "value"));
  }

  /**
   * Validates an NPWP; dots, dashes and white space are ignored.
   *
   * @throws InvalidValueException with field {@code npwp} and key {@code npwp.empty}, {@code
   *     npwp.notDigits}, {@code npwp.wrongLength} (argument: number of digits given), {@code
   *     npwp.allZero} (the placeholder 00.000.000.0-000.000), {@code npwp.checkDigit}, or for 16
   *     digits any of the {@code nik.*} keys of {@link Nik#of(String)}
   */
  public static Npwp of(String input) {
    String digits =
        Digits.required(
            Digits.stripped(input).replaceAll("[\\s.-]+", ""), FIELD, EMPTY, NOT_DIGITS);
    if (digits.length() == Nik.LENGTH) {
      try {
        return new Npwp(Nik.of(digits).value());
      } catch (InvalidValueException nikProblem) {
        throw nikProblem.forField(FIELD);
      }
    }
    Digits.requireLength(digits, CLASSIC_LENGTH, FIELD, WRONG_LENGTH);
    // Forms use all zeros to mean "no NPWP"; it passes the Luhn check but is nobody's number.
    if (Digits.isAllZeros(digits)) {
      throw InvalidValueException.of(FIELD, ALL_ZERO);
    }
    if (!Luhn.isValid(digits.substring(0, CHECKED_PREFIX_LENGTH))) {
      throw InvalidValueException.of(FIELD, CHECK_DIGIT);
    }
    return new Npwp(digits);
  }

  /** True for the 16-digit NPWP that is the holder's NIK. */
  public boolean isNikBased() {
    return value().length() == Nik.LENGTH;
  }

  /** {@code 99.999.999.9-999.999} for the classic form; the 16 digits unchanged otherwise. */
  public String formatted() {
    if (isNikBased()) {
      return value();
    }
    String value = value();
    return value.substring(0, 2)
        + "."
        + value.substring(2, 5)
        + "."
        + value.substring(5, 8)
        + "."
        + value.substring(8, 9)
        + "-"
        + value.substring(9, 12)
        + "."
        + value.substring(12);
  }
}
