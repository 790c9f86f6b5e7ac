package id.jht.portal.domain.model.contact;

import id.jht.portal.domain.shared.InvalidValueException;
import java.io.Serializable;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The account the benefit is paid into: a bank and an account number of one of the lengths that
 * bank uses. The account must be in the participant's own name; that is checked by an officer
 * against the savings book, not here.
 *
 * <p>A claim keeps the two parts in two columns ({@code bank_code}, {@code account_number}) and
 * gives them back as one account through {@link #stored(Bank, AccountNumber)}, so no caller ever
 * sees a number without its bank, nor one checked against the wrong bank's lengths.
 */
public final class BankAccount implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Form field of the bank choice. */
  public static final String BANK_FIELD = "bank";

  /** Form field of the account number. */
  public static final String NUMBER_FIELD = "accountNumber";

  static final String BANK_REQUIRED = "bank.required";
  static final String EMPTY = "accountNumber.empty";
  static final String NOT_DIGITS = "accountNumber.notDigits";
  static final String WRONG_LENGTH = "accountNumber.wrongLength";

  private final Bank bank;
  private final AccountNumber number;

  private BankAccount(Bank bank, AccountNumber number) {
    this.bank = bank;
    this.number = number;
  }

  /**
   * Validates an account; spaces, dashes and dots in the number are ignored, as banks print numbers
   * grouped.
   *
   * @throws InvalidValueException with field {@code bank} and key {@code bank.required} when no
   *     bank is chosen, or with field {@code accountNumber} and key {@code accountNumber.empty},
   *     {@code accountNumber.notDigits} or {@code accountNumber.wrongLength} (arguments: bank
   *     display name, number of digits given, expected length(s) as text such as "10" or
   *     "12/13/14")
   */
  public static BankAccount of(Bank bank, String accountNumber) {
    if (bank == null) {
      throw InvalidValueException.of(BANK_FIELD, BANK_REQUIRED);
    }
    AccountNumber number = AccountNumber.of(accountNumber);
    int length = number.value().length();
    if (!bank.acceptsAccountNumberLength(length)) {
      throw InvalidValueException.of(
          NUMBER_FIELD, WRONG_LENGTH, bank.displayName(), length, expectedLengths(bank));
    }
    return new BankAccount(bank, number);
  }

  /**
   * Rebuilds an account from the parts read back from the database, <em>without</em> checking the
   * number's length against the bank again (see {@link AccountNumber#stored(String)}): {@code null}
   * when either part is missing, as on a claim whose contact step is not saved yet.
   */
  public static BankAccount stored(Bank bank, AccountNumber number) {
    return bank == null || number == null ? null : new BankAccount(bank, number);
  }

  private static String expectedLengths(Bank bank) {
    return bank.accountNumberLengths().stream()
        .map(String::valueOf)
        .collect(Collectors.joining("/"));
  }

  public Bank bank() {
    return bank;
  }

  /** The account number, digits only. Handle with care: never log this. */
  public String number() {
    return number.value();
  }

  /** The account number as a value, for storing it. */
  public AccountNumber accountNumber() {
    return number;
  }

  /** The account number with only its first two and last two digits visible. */
  public String maskedNumber() {
    return number.masked();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BankAccount account
        && account.bank == bank
        && account.number.equals(number);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bank, number);
  }

  /** Bank and masked number: account numbers do not belong in logs either. */
  @Override
  public String toString() {
    return bank.displayName() + " " + maskedNumber();
  }
}
