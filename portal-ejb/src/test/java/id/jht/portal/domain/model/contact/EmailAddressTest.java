package id.jht.portal.domain.model.contact;

import static id.jht.portal.domain.shared.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nama@contoh.co.id",
        "budi.santoso@gmail.com",
        "a_b-c+jht@x-y.com",
        "o'neil@mail.example.org",
        "1234@yahoo.co.id"
      })
  void acceptsUsualAddresses(String input) {
    assertEquals(input, EmailAddress.of(input).value());
  }

  @Test
  void trimsAndLowerCasesTheDomainOnly() {
    assertEquals("Budi.Santoso@gmail.com", EmailAddress.of("  Budi.Santoso@Gmail.COM ").value());
  }

  @Test
  void equalIgnoringCase() {
    assertEquals(EmailAddress.of("Budi@gmail.com"), EmailAddress.of("budi@GMAIL.com"));
    assertEquals(
        EmailAddress.of("Budi@gmail.com").hashCode(), EmailAddress.of("budi@gmail.com").hashCode());
  }

  @Test
  void longestAllowedAddressIsAccepted() {
    String address = "a".repeat(64) + "@" + ("b".repeat(61) + ".").repeat(3) + "com";
    assertEquals(EmailAddress.MAX_LENGTH, address.length());
    assertEquals(address, EmailAddress.of(address).value());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void empty(String input) {
    assertInvalid(() -> EmailAddress.of(input), "email", "email.empty");
  }

  @Test
  void tooLong() {
    String address = "a".repeat(64) + "@" + ("b".repeat(61) + ".").repeat(3) + "coma";
    assertInvalid(() -> EmailAddress.of(address), "email", "email.tooLong");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nama.contoh.com", "nama@kantor@contoh.com", "nama"})
  void needsExactlyOneAtSign(String input) {
    assertInvalid(() -> EmailAddress.of(input), "email", "email.atSign");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "@contoh.com",
        ".nama@contoh.com",
        "nama.@contoh.com",
        "na..ma@contoh.com",
        "na ma@contoh.com",
        "n\u00e4ma@contoh.com",
        "\"nama\"@contoh.com"
      })
  void invalidLocalPart(String input) {
    assertInvalid(() -> EmailAddress.of(input), "email", "email.invalidLocalPart");
  }

  @Test
  void localPartLongerThan64IsInvalid() {
    assertInvalid(
        () -> EmailAddress.of("a".repeat(65) + "@contoh.com"), "email", "email.invalidLocalPart");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nama@",
        "nama@gmail",
        "nama@gmail,com",
        "nama@-gmail.com",
        "nama@gmail-.com",
        "nama@gmail..com",
        "nama@.gmail.com",
        "nama@gmail.com.",
        "nama@gmail.c",
        "nama@gmail.123",
        "nama@gma il.com",
        "nama@[10.0.0.1]"
      })
  void invalidDomain(String input) {
    assertInvalid(() -> EmailAddress.of(input), "email", "email.invalidDomain");
  }

  @Test
  void domainLabelLongerThan63IsInvalid() {
    assertInvalid(
        () -> EmailAddress.of("nama@" + "b".repeat(64) + ".com"), "email", "email.invalidDomain");
  }
}
