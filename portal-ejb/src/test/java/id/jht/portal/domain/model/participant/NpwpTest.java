package id.jht.portal.domain.model.participant;

import static id.jht.portal.domain.shared.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NpwpTest {

  private static final String FORMATTED = "01.855.081.4-412.000";
  private static final String PLAIN = "018550814412000";

  @ParameterizedTest
  @ValueSource(strings = {FORMATTED, PLAIN, " 01 855 081 4 412 000 ", "01855081-4412000"})
  void acceptsClassicNpwpFormattedOrPlain(String input) {
    Npwp npwp = Npwp.of(input);

    assertEquals(PLAIN, npwp.value());
    assertEquals(FORMATTED, npwp.formatted());
    assertFalse(npwp.isNikBased());
  }

  @Test
  void acceptsTheNikBasedNpwp() {
    Npwp npwp = Npwp.of("3174011501900001");

    assertTrue(npwp.isNikBased());
    assertEquals("3174011501900001", npwp.value());
    assertEquals("3174011501900001", npwp.formatted());
  }

  @Test
  void toStringIsMaskedBecauseASixteenDigitNpwpIsANik() {
    assertEquals("31************01", Npwp.of("3174011501900001").toString());
    assertEquals("01***********00", Npwp.of(FORMATTED).toString());
    assertEquals("01***********00", Npwp.of(FORMATTED).masked());
  }

  @Test
  void equalByDigits() {
    assertEquals(Npwp.of(FORMATTED), Npwp.of(PLAIN));
    assertEquals(Npwp.of(FORMATTED).hashCode(), Npwp.of(PLAIN).hashCode());
    assertNotEquals(Npwp.of(FORMATTED), Npwp.of("3174011501900001"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  ", "..-"})
  void empty(String input) {
    assertInvalid(() -> Npwp.of(input), "npwp", "npwp.empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"01.855.081.4/412.000", "AB.855.081.4-412.000"})
  void notDigits(String input) {
    assertInvalid(() -> Npwp.of(input), "npwp", "npwp.notDigits");
  }

  @ParameterizedTest
  @CsvSource({"01.855.081.4-412.00, 14", "0185508144, 10", "1, 1"})
  void wrongLength(String input, int given) {
    assertInvalid(() -> Npwp.of(input), "npwp", "npwp.wrongLength", given);
  }

  @Test
  void seventeenDigitsAreTheWrongLength() {
    assertInvalid(() -> Npwp.of("31740115019000012"), "npwp", "npwp.wrongLength", 17);
  }

  @ParameterizedTest
  @ValueSource(strings = {"01.855.081.5-412.000", "01.855.082.4-412.000", "11.855.081.4-412.000"})
  void wrongCheckDigit(String input) {
    assertInvalid(() -> Npwp.of(input), "npwp", "npwp.checkDigit");
  }

  @Test
  void theAllZeroPlaceholderIsRefused() {
    assertInvalid(() -> Npwp.of("00.000.000.0-000.000"), "npwp", "npwp.allZero");
  }

  @Test
  void aSixteenDigitNpwpIsReportedWithTheNikProblemAgainstTheNpwpField() {
    assertInvalid(() -> Npwp.of("9974011501900001"), "npwp", "nik.unknownProvince", "99");
    assertInvalid(() -> Npwp.of("3174013201900001"), "npwp", "nik.invalidBirthDate");
  }
}
