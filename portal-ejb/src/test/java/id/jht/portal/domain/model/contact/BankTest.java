package id.jht.portal.domain.model.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BankTest {

  @Test
  void offersAtLeastFifteenBanks() {
    assertTrue(Bank.values().length >= 15, "only " + Bank.values().length);
  }

  @ParameterizedTest
  @CsvSource({"BCA, 10", "BNI, 10", "BRI, 15", "MANDIRI, 13", "BTN, 16", "BSI, 10"})
  void usesTheWidelyPublishedLengths(Bank bank, int length) {
    assertEquals(List.of(length), bank.accountNumberLengths());
  }

  @Test
  void bankWithSeveralLengthsAllowsAllOfThem() {
    assertEquals(List.of(12, 13, 14), Bank.CIMB_NIAGA.accountNumberLengths());
    assertTrue(Bank.CIMB_NIAGA.acceptsAccountNumberLength(12));
    assertTrue(Bank.CIMB_NIAGA.acceptsAccountNumberLength(14));
    assertFalse(Bank.CIMB_NIAGA.acceptsAccountNumberLength(15));
  }

  @ParameterizedTest
  @EnumSource(Bank.class)
  void everyBankHasANameAndAscendingLengths(Bank bank) {
    assertFalse(bank.displayName().isBlank());
    assertFalse(bank.accountNumberLengths().isEmpty());
    assertEquals(
        bank.accountNumberLengths().stream().sorted().toList(), bank.accountNumberLengths());
    assertEquals("bank." + bank.name(), bank.messageKey());
  }

  @Test
  void displayNamesAreUnique() {
    assertEquals(
        Bank.values().length,
        Arrays.stream(Bank.values()).map(Bank::displayName).collect(Collectors.toSet()).size());
  }
}
