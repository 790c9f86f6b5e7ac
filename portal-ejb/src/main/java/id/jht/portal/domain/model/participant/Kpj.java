package id.jht.portal.domain.model.participant;

import id.jht.portal.domain.shared.Digits;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Masking;
import java.io.Serializable;

/**
 * The 11-digit membership card number (Kartu Peserta Jamsostek). One person can hold several, one
 * per employer. {@link #toString()} is masked.
 */
public final class Kpj implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Form field name used in validation errors. */
  public static final String FIELD = "kpj";

  /** Number of digits of a KPJ. */
  public static final int LENGTH = 11;

  static final String EMPTY = "kpj.empty";
  static final String NOT_DIGITS = "kpj.notDigits";
  static final String WRONG_LENGTH = "kpj.wrongLength";

  private final String value;

  private Kpj(String value) {
    this.value = value;
  }

  /**
   * Validates and creates a KPJ; leading and trailing white space is ignored.
   *
   * @throws InvalidValueException with field {@code kpj} and key {@code kpj.empty}, {@code
   *     kpj.notDigits} or {@code kpj.wrongLength} (argument: number of digits given)
   */
  public static Kpj of(String input) {
    String value = Digits.stripped(input);
    if (value.isEmpty()) {
      throw InvalidValueException.of(FIELD, EMPTY);
    }
    if (!Digits.isDigits(value)) {
      throw InvalidValueException.of(FIELD, NOT_DIGITS);
    }
    if (value.length() != LENGTH) {
      throw InvalidValueException.of(FIELD, WRONG_LENGTH, value.length());
    }
    return new Kpj(value);
  }

  /** The 11 digits. Handle with care: never log this. */
  public String value() {
    return value;
  }

  /** First two and last two digits, the rest masked: the hint the participant is shown. */
  public String masked() {
    return Masking.mask(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Kpj kpj && kpj.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The masked form, so that a KPJ never leaks into logs. */
  @Override
  public String toString() {
    return masked();
  }
}
