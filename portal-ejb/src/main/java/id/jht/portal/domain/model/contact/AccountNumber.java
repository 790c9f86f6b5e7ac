package id.jht.portal.domain.model.contact;

import id.jht.portal.domain.shared.Digits;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.MaskedNumber;
import java.util.Objects;

/**
 * A bank account number: digits only, the grouping banks print (spaces, dashes, dots) dropped. How
 * many digits it must have depends on the bank, so that check belongs to {@link BankAccount}, the
 * only way a typed number reaches a claim. {@link #toString()} is masked.
 */
public final class AccountNumber extends MaskedNumber {

  private static final long serialVersionUID = 1L;

  private AccountNumber(String value) {
    super(value);
  }

  /**
   * The digits of a typed number.
   *
   * @throws InvalidValueException with field {@code accountNumber} and key {@code
   *     accountNumber.empty} or {@code accountNumber.notDigits}
   */
  static AccountNumber of(String input) {
    String number = Digits.stripped(input).replaceAll("[\\s.-]+", "");
    if (number.isEmpty()) {
      throw InvalidValueException.of(BankAccount.NUMBER_FIELD, BankAccount.EMPTY);
    }
    if (!Digits.isDigits(number)) {
      throw InvalidValueException.of(BankAccount.NUMBER_FIELD, BankAccount.NOT_DIGITS);
    }
    return new AccountNumber(number);
  }

  /**
   * Rebuilds a number read back from the database, <em>without</em> validating it again. What is
   * stored was validated on its way in; a row that a later, stricter rule would refuse (or one
   * written by hand) must still load, or a page that merely shows it would fail. Only the
   * persistence converter calls this; everything a person types goes through {@link
   * BankAccount#of(Bank, String)}.
   */
  public static AccountNumber stored(String value) {
    return new AccountNumber(Objects.requireNonNull(value, "value"));
  }
}
