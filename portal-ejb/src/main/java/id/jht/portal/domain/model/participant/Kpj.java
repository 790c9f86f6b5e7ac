package id.jht.portal.domain.model.participant;

import id.jht.portal.domain.shared.Digits;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.MaskedNumber;
import java.util.Objects;

/**
 * The 11-digit membership card number (Kartu Peserta Jamsostek). One person can hold several, one
 * per employer. {@link #toString()} is masked.
 */
public final class Kpj extends MaskedNumber {

  private static final long serialVersionUID = 1L;

  /** Form field name used in validation errors. */
  public static final String FIELD = "kpj";

  /** Number of digits of a KPJ. */
  public static final int LENGTH = 11;

  static final String EMPTY = "kpj.empty";
  static final String NOT_DIGITS = "kpj.notDigits";
  static final String WRONG_LENGTH = "kpj.wrongLength";

  private Kpj(String value) {
    super(value);
  }

  /**
   * Validates and creates a KPJ; leading and trailing white space is ignored.
   *
   * @throws InvalidValueException with field {@code kpj} and key {@code kpj.empty}, {@code
   *     kpj.notDigits} or {@code kpj.wrongLength} (argument: number of digits given)
   */
  public static Kpj of(String input) {
    String value = Digits.required(input, FIELD, EMPTY, NOT_DIGITS);
    Digits.requireLength(value, LENGTH, FIELD, WRONG_LENGTH);
    return new Kpj(value);
  }

  /**
   * Rebuilds a KPJ read back from the database, <em>without</em> validating it again. What is
   * stored was validated on its way in; a row that a later, stricter rule would refuse (or one
   * written by hand) must still load, or a page that merely shows it would fail. Only the
   * persistence converter calls this; everything a person types goes through {@link #of(String)}.
   */
  public static Kpj stored(String value) {
    return new Kpj(Objects.requireNonNull(value, "value"));
  }
}
