package id.jht.portal.domain.shared;

import java.io.Serializable;

/**
 * An identifying number of a person (NIK, KPJ, NPWP, bank account), already validated by its
 * subclass: equal by its digits and shown masked wherever it is turned into text, so that a whole
 * number never reaches a log or a page by accident. Only {@link #value()} gives the digits, for
 * storage and comparison.
 */
public abstract class MaskedNumber implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String value;

  protected MaskedNumber(String value) {
    this.value = value;
  }

  /** The digits, without separators. Handle with care: never log this. */
  public String value() {
    return value;
  }

  /** First two and last two digits, the rest masked: the hint a participant is shown. */
  public String masked() {
    return Masking.mask(value);
  }

  /** Equal to a number of the same kind with the same digits. */
  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((MaskedNumber) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** The masked form, so that the number never leaks into logs. */
  @Override
  public final String toString() {
    return masked();
  }
}
