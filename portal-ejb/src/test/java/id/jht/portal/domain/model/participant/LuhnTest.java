package id.jht.portal.domain.model.participant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LuhnTest {

  @Test
  void acceptsTheTextbookExampleAndRefusesAnyOtherCheckDigit() {
    assertTrue(Luhn.isValid("79927398713"));
    for (char check = '0'; check <= '9'; check++) {
      if (check != '3') {
        assertFalse(Luhn.isValid("7992739871" + check), "check digit " + check);
      }
    }
  }

  @Test
  void doublesEverySecondDigitFromTheRight() {
    // 0 1 8 5 5 0 8 1 | 4: doubled 1, 5, 0, 1 give 2, 10 -> 1, 0, 2; sum 26; check 4.
    assertTrue(Luhn.isValid("018550814"));
    assertFalse(Luhn.isValid("018550824"));
  }
}
