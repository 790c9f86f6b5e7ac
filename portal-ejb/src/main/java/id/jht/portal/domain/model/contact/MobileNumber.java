package id.jht.portal.domain.model.contact;

import id.jht.portal.domain.shared.Digits;
import id.jht.portal.domain.shared.InvalidValueException;
import java.io.Serializable;

/**
 * An Indonesian mobile number. Accepts the national form {@code 0812...}, and {@code +62812...} or
 * {@code 62812...}, with spaces and dashes anywhere. In national form it has 10 to 13 digits and
 * starts with 08. Stored in international form {@code +62812...}.
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

  private final String national;

  private MobileNumber(String national) {
    this.national = national;
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
    return new MobileNumber(national);
  }

  /** International form, e.g. {@code +6281234567890}: what SMS and WhatsApp gateways expect. */
  public String value() {
    return "+" + COUNTRY_CODE + national.substring(1);
  }

  /** National form, e.g. {@code 081234567890}: what participants recognise. */
  public String national() {
    return national;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MobileNumber number && number.national.equals(national);
  }

  @Override
  public int hashCode() {
    return national.hashCode();
  }

  @Override
  public String toString() {
    return value();
  }
}
