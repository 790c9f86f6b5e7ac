package id.jht.portal.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

  @ParameterizedTest
  @CsvSource({
    "3174011501900001, 31************01",
    "12345678901, 12*******01",
    "12345, 12*45",
    "1234, ****",
    "12, **",
  })
  void showsFirstTwoAndLastTwoAndKeepsTheLength(String digits, String expected) {
    assertEquals(expected, Masking.mask(digits));
    assertEquals(digits.length(), Masking.mask(digits).length());
  }

  @Test
  void emptyAndNullBecomeEmpty() {
    assertEquals("", Masking.mask(""));
    assertEquals("", Masking.mask(null));
  }

  @ParameterizedTest
  @CsvSource({
    "Siti Aminah, S*** A*****",
    "'  Dewi   Lestari ', D*** L******",
    "Ani, A**",
    "J, J*",
  })
  void namesKeepTheirFirstLettersOnly(String name, String expected) {
    assertEquals(expected, Masking.maskName(name));
  }

  @Test
  void aMissingNameBecomesEmpty() {
    assertEquals("", Masking.maskName(null));
  }
}
