package id.jht.portal.domain.model.contact;

import static id.jht.portal.domain.shared.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "081234567890",
        "0812-3456-7890",
        "0812 3456 7890",
        "+6281234567890",
        "+62 812-3456-7890",
        "6281234567890",
        " 62 812 3456 7890 "
      })
  void everyAcceptedFormNormalisesToInternational(String input) {
    MobileNumber number = MobileNumber.of(input);

    assertEquals("+6281234567890", number.value());
    assertEquals("081234567890", number.national());
    assertEquals("+6**********90", number.toString(), "masked: numbers do not belong in logs");
  }

  @Test
  void aStoredNumberKeepsItsTextAndIsOneNumberWithItsTypedForm() {
    MobileNumber withoutPlus = MobileNumber.stored("6281234567890");

    assertEquals("6281234567890", withoutPlus.value());
    assertEquals("081234567890", withoutPlus.national());
    assertEquals(MobileNumber.of("0812-3456-7890"), withoutPlus);
    assertEquals(MobileNumber.of("0812-3456-7890").hashCode(), withoutPlus.hashCode());
    assertEquals("62*********90", withoutPlus.toString());
  }

  @Test
  void aStoredNumberIsNotValidatedAgain() {
    String landline = "+62215551234";
    assertInvalid(() -> MobileNumber.of(landline), "phone", "phone.notMobile");

    assertEquals(landline, MobileNumber.stored(landline).value());
    assertEquals("0215551234", MobileNumber.stored(landline).national());
    assertEquals(landline, MobileNumber.textOf(MobileNumber.stored(landline)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0812345678", "0812345678901", "+62812345678"})
  void tenToThirteenDigitsInNationalFormAreAccepted(String input) {
    assertEquals(
        input.startsWith("+") ? input : "+62" + input.substring(1), MobileNumber.of(input).value());
  }

  @Test
  void equalWhateverFormWasTyped() {
    assertEquals(MobileNumber.of("+6281234567890"), MobileNumber.of("0812-3456-7890"));
    assertEquals(
        MobileNumber.of("+6281234567890").hashCode(), MobileNumber.of("081234567890").hashCode());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", " - -"})
  void empty(String input) {
    assertInvalid(() -> MobileNumber.of(input), "phone", "phone.empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0812.3456.7890", "0812a4567890", "++6281234567890", "(0812)34567890"})
  void invalidCharacters(String input) {
    assertInvalid(() -> MobileNumber.of(input), "phone", "phone.invalidCharacters");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0215551234", // Jakarta landline
        "+1 555 123 4567", // not Indonesian
        "8123456789", // leading 0 missing
        "+62 0812 3456 7890", // 0 kept after the country code
        "62"
      })
  void notAnIndonesianMobileNumber(String input) {
    assertInvalid(() -> MobileNumber.of(input), "phone", "phone.notMobile");
  }

  @ParameterizedTest
  @CsvSource({"081234567, 9", "08123456789012, 14", "+6281234567, 9", "628123456789012, 14"})
  void wrongLengthCountsDigitsInNationalForm(String input, int nationalDigits) {
    assertInvalid(() -> MobileNumber.of(input), "phone", "phone.wrongLength", nationalDigits);
  }
}
