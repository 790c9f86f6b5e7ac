package id.jht.portal.domain.model.contact;

import static id.jht.portal.domain.shared.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BankAccountTest {

  @Test
  void acceptsANumberOfTheBanksLength() {
    BankAccount account = BankAccount.of(Bank.BCA, "1234567890");

    assertEquals(Bank.BCA, account.bank());
    assertEquals("1234567890", account.number());
  }

  @Test
  void ignoresTheGroupingBanksPrint() {
    assertEquals("1230012345678", BankAccount.of(Bank.MANDIRI, "123-00-1234567-8").number());
    assertEquals("1234567890", BankAccount.of(Bank.BNI, " 123 456 7890 ").number());
    assertEquals("1234567890", BankAccount.of(Bank.BSI, "123.456.7890").number());
  }

  @Test
  void numberIsMaskedInToString() {
    BankAccount account = BankAccount.of(Bank.BCA, "1234567890");

    assertEquals("12******90", account.maskedNumber());
    assertEquals("BCA 12******90", account.toString());
  }

  @Test
  void aStoredAccountIsNotCheckedAgainstItsBankAndNeedsBothParts() {
    AccountNumber nineDigits = AccountNumber.stored("123456789");

    BankAccount stored = BankAccount.stored(Bank.BCA, nineDigits);

    assertEquals("123456789", stored.number());
    assertEquals(nineDigits, stored.accountNumber());
    assertEquals("BCA 12*****89", stored.toString());
    assertNull(BankAccount.stored(null, nineDigits));
    assertNull(BankAccount.stored(Bank.BCA, null));
  }

  @Test
  void equalByBankAndNumber() {
    assertEquals(BankAccount.of(Bank.BCA, "1234567890"), BankAccount.of(Bank.BCA, "123-456-7890"));
    assertEquals(
        BankAccount.of(Bank.BCA, "1234567890").hashCode(),
        BankAccount.of(Bank.BCA, "123-456-7890").hashCode());
    assertNotEquals(BankAccount.of(Bank.BCA, "1234567890"), BankAccount.of(Bank.BNI, "1234567890"));
  }

  @ParameterizedTest
  @EnumSource(Bank.class)
  void everyBankAcceptsEachOfItsLengthsAndRefusesOneMore(Bank bank) {
    for (int length : bank.accountNumberLengths()) {
      assertEquals(length, BankAccount.of(bank, "7".repeat(length)).number().length());
    }
    int tooLong = bank.accountNumberLengths().get(bank.accountNumberLengths().size() - 1) + 1;
    assertInvalid(
        () -> BankAccount.of(bank, "7".repeat(tooLong)),
        "accountNumber",
        "accountNumber.wrongLength",
        bank.displayName(),
        tooLong,
        bank.accountNumberLengths().stream()
            .map(String::valueOf)
            .reduce((a, b) -> a + "/" + b)
            .orElseThrow());
  }

  @Test
  void noBankChosen() {
    assertInvalid(() -> BankAccount.of(null, "1234567890"), "bank", "bank.required");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  ", "--"})
  void empty(String number) {
    assertInvalid(() -> BankAccount.of(Bank.BCA, number), "accountNumber", "accountNumber.empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345abcde", "1234567890/", "\u0661\u0662"})
  void notDigits(String number) {
    assertInvalid(
        () -> BankAccount.of(Bank.BCA, number), "accountNumber", "accountNumber.notDigits");
  }

  @Test
  void wrongLengthNamesTheBankTheCountAndTheExpectedLength() {
    assertInvalid(
        () -> BankAccount.of(Bank.BCA, "123456789"),
        "accountNumber",
        "accountNumber.wrongLength",
        "BCA",
        9,
        "10");
  }

  @Test
  void wrongLengthListsEveryAllowedLength() {
    assertInvalid(
        () -> BankAccount.of(Bank.CIMB_NIAGA, "12345678901"),
        "accountNumber",
        "accountNumber.wrongLength",
        "CIMB Niaga",
        11,
        "12/13/14");
  }
}
