package id.jht.portal.domain.model.contact;

import id.jht.portal.domain.shared.Digits;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Masking;
import java.io.Serializable;
import java.util.Objects;

/**
 * An Indonesian mobile number. Accepts the national form {@code 0812...}, and {@code +62812...} or
 * {@code 62812...}, with spaces and dashes anywhere. In national form it has 10 to 13 digits and
 * starts with 08. Stored in international form {@code +62812...}; {@link #toString()} is masked, so
 * that a number never reaches a log in full.
 */
public final class MobileNumber implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Form field name used in validation errors. */
  public static final String FIELD = "phone";

  /** Shortest national form, e.g. 0812 345 678. */
  public static final int MIN_NATIONAL_LENGTH = 10;

  /** Longest national form, e.g. 0812 3456 78901. */
  public static final int MAX_NATIONAL_LENGTH = 13;

  static final String EMPTY = "phone.empty";
  static final String INVALID_CHARACTERS = "phone.invalidCharacters";
  static final String NOT_MOBILE = "phone.notMobile";
  static final String WRONG_LENGTH = "phone.wrongLength";

  private static final String COUNTRY_CODE = "62";

  /** International form as stored ({@code +62...}; older rows may say {@code 62...}). */
  private final String value;

  private MobileNumber(String value) {
    this.value = value;
  }

  /**
   * Validates and normalises a mobile number.
   *
   * @throws InvalidValueException with field {@code phone} and key {@code phone.empty}, {@code
   *     phone.invalidCharacters}, {@code phone.notMobile} (not 08, +628 or 628) or {@code
   *     phone.wrongLength} (argument: number of digits in national 08 form)
   */
  public static MobileNumber of(String input) {
    String compact = Digits.stripped(input).replaceAll("[\\s-]+", "");
    if (compact.isEmpty()) {
      throw InvalidValueException.of(FIELD, EMPTY);
    }
    boolean international = compact.startsWith("+");
    String digits = international ? compact.substring(1) : compact;
    if (!Digits.isDigits(digits)) {
      throw InvalidValueException.of(FIELD, INVALID_CHARACTERS);
    }
    if (international && !digits.startsWith(COUNTRY_CODE)) {
      throw InvalidValueException.of(FIELD, NOT_MOBILE);
    }
    String national =
        digits.startsWith(COUNTRY_CODE) ? "0" + digits.substring(COUNTRY_CODE.length()) : digits;
    if (!national.startsWith("08")) {
      throw InvalidValueException.of(FIELD, NOT_MOBILE);
    }
    if (national.length() < MIN_NATIONAL_LENGTH || national.length() > MAX_NATIONAL_LENGTH) {
      throw InvalidValueException.of(FIELD, WRONG_LENGTH, national.length());
    }
    return new MobileNumber("+" + COUNTRY_CODE + national.substring(1));
  }

  /**
   * Rebuilds a number read back from the database, <em>without</em> validating it again. What is
   * stored was validated on its way in; a row that a later, stricter rule would refuse (or one
   * written by hand, e.g. {@code 62812...} without the plus) must still load, or a page that merely
   * shows it would fail. The stored text is kept exactly. Only the persistence converter calls
   * this; everything a person types goes through {@link #of(String)}.
   */
  public static MobileNumber stored(String value) {
    return new MobileNumber(Objects.requireNonNull(value, "value"));
  }

  /** The number's international text, or {@code null} for no number (an optional field). */
  public static String textOf(MobileNumber number) {
    return number == null ? null : number.value;
  }

  /**
   * International form, e.g. {@code +6281234567890}: what SMS and WhatsApp gateways expect (for a
   * {@link #stored(String)} number, the text as stored). Handle with care: never log this.
   */
  public String value() {
    return value;
  }

  /** National form, e.g. {@code 081234567890}: what participants recognise. */
  public String national() {
    String digits = value.startsWith("+") ? value.substring(1) : value;
    return digits.startsWith(COUNTRY_CODE) ? "0" + digits.substring(COUNTRY_CODE.length()) : digits;
  }

  /** Equal when the national forms are: {@code +62812...} and {@code 62812...} are one number. */
  @Override
  public boolean equals(Object other) {
    return other instanceof MobileNumber number && number.national().equals(national());
  }

  @Override
  public int hashCode() {
    return national().hashCode();
  }

  /** First two and last two characters, the rest masked: numbers do not belong in logs. */
  @Override
  public String toString() {
    return Masking.mask(value);
  }
}
