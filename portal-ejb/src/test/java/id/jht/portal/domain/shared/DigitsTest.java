package id.jht.portal.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DigitsTest {

  @Test
  void acceptsAsciiDigitsOnly() {
    assertTrue(Digits.isDigits("0123456789"));
    assertFalse(Digits.isDigits(""));
    assertFalse(Digits.isDigits(null));
    assertFalse(Digits.isDigits("12 3"));
    assertFalse(Digits.isDigits("12a"));
    // Arabic-Indic and full-width digits are digits to Character.isDigit, but not to us.
    assertFalse(Digits.isDigits("\u0661\u0662"));
    assertFalse(Digits.isDigits("\uFF11\uFF12"));
  }

  @Test
  void recognisesAllZeros() {
    assertTrue(Digits.isAllZeros("0000"));
    assertFalse(Digits.isAllZeros("0001"));
    assertFalse(Digits.isAllZeros(""));
    assertFalse(Digits.isAllZeros(null));
  }

  @Test
  void stripsSurroundingWhiteSpace() {
    assertEquals("12", Digits.stripped(" 12\t"));
    assertEquals("", Digits.stripped(null));
  }
}
