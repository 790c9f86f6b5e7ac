package id.jht.portal.domain.model.participant;

import static id.jht.portal.domain.shared.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class KpjTest {

  @Test
  void acceptsElevenDigits() {
    assertEquals("19012345678", Kpj.of(" 19012345678 ").value());
  }

  @Test
  void maskedAndToStringShowFirstTwoAndLastTwo() {
    assertEquals("19*******78", Kpj.of("19012345678").masked());
    assertEquals("19*******78", Kpj.of("19012345678").toString());
  }

  @Test
  void equalByValue() {
    assertEquals(Kpj.of("19012345678"), Kpj.of("19012345678"));
    assertEquals(Kpj.of("19012345678").hashCode(), Kpj.of("19012345678").hashCode());
    assertNotEquals(Kpj.of("19012345678"), Kpj.of("19012345679"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void empty(String input) {
    assertInvalid(() -> Kpj.of(input), "kpj", "kpj.empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1901234567a", "190 1234 5678", "19.012345678"})
  void notDigits(String input) {
    assertInvalid(() -> Kpj.of(input), "kpj", "kpj.notDigits");
  }

  @ParameterizedTest
  @CsvSource({"1901234567, 10", "190123456789, 12"})
  void wrongLength(String input, int given) {
    assertInvalid(() -> Kpj.of(input), "kpj", "kpj.wrongLength", given);
  }
}
