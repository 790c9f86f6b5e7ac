package id.jht.portal.infrastructure.persistence.converter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.jht.portal.domain.model.contact.AccountNumber;
import id.jht.portal.domain.model.contact.Bank;
import id.jht.portal.domain.model.contact.BankAccount;
import id.jht.portal.domain.model.contact.EmailAddress;
import id.jht.portal.domain.model.contact.MobileNumber;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Npwp;
import id.jht.portal.domain.model.participant.PersonName;
import id.jht.portal.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The value-object converters: a valid value survives the round trip unchanged, {@code NULL} stays
 * {@code null}, and a stored value that no longer validates still loads, exactly as stored.
 */
class ValueConvertersTest {

  private static final String NIK = "3515081403919001";
  private static final String KPJ = "13051784206";

  private final NikConverter nik = new NikConverter();
  private final KpjConverter kpj = new KpjConverter();
  private final EmailAddressConverter email = new EmailAddressConverter();
  private final PersonNameConverter name = new PersonNameConverter();
  private final NpwpConverter npwp = new NpwpConverter();
  private final MobileNumberConverter phone = new MobileNumberConverter();
  private final AccountNumberConverter accountNumber = new AccountNumberConverter();

  @Test
  void aNikMakesTheRoundTrip() {
    Nik value = Nik.of(NIK);
    assertEquals(NIK, nik.convertToDatabaseColumn(value));
    assertEquals(value, nik.convertToEntityAttribute(NIK));
    assertEquals(value.gender(), nik.convertToEntityAttribute(NIK).gender());
  }

  @Test
  void aStoredNikThatNoLongerValidatesStillLoadsAsStored() {
    String unknownProvince = "9915081403919001";
    assertThrows(InvalidValueException.class, () -> Nik.of(unknownProvince));
    Nik loaded = nik.convertToEntityAttribute(unknownProvince);
    assertEquals(unknownProvince, loaded.value());
    assertEquals(unknownProvince, nik.convertToDatabaseColumn(loaded));
    assertEquals("99************01", loaded.masked());
  }

  @Test
  void aStoredNikTooShortForABirthDateMatchesNoBirthDate() {
    Nik loaded = nik.convertToEntityAttribute("12345");
    assertEquals("12345", loaded.value());
    assertFalse(loaded.matchesBirthDate(LocalDate.of(1991, 3, 14)));
  }

  @Test
  void aKpjMakesTheRoundTripAndAnInvalidStoredOneLoads() {
    assertEquals(KPJ, kpj.convertToDatabaseColumn(Kpj.of(KPJ)));
    assertEquals(Kpj.of(KPJ), kpj.convertToEntityAttribute(KPJ));
    String tooShort = "1305178420";
    assertThrows(InvalidValueException.class, () -> Kpj.of(tooShort));
    assertEquals(tooShort, kpj.convertToEntityAttribute(tooShort).value());
  }

  @Test
  void anEmailAddressMakesTheRoundTripAndAnInvalidStoredOneLoads() {
    EmailAddress value = EmailAddress.of("Andika@Example.COM");
    assertEquals("Andika@example.com", email.convertToDatabaseColumn(value));
    assertEquals(value, email.convertToEntityAttribute("Andika@example.com"));
    String noDomain = "andika@localhost";
    assertThrows(InvalidValueException.class, () -> EmailAddress.of(noDomain));
    assertEquals(noDomain, email.convertToEntityAttribute(noDomain).value());
    assertEquals(noDomain, EmailAddress.textOf(email.convertToEntityAttribute(noDomain)));
  }

  @Test
  void aNameIsStoredAsTypedAndReadBackExactly() {
    PersonName value = PersonName.of("  Siti   Nur'aini ");
    assertEquals("Siti Nur'aini", name.convertToDatabaseColumn(value));
    PersonName loaded = name.convertToEntityAttribute("Siti Nur'aini");
    assertEquals(value, loaded);
    assertEquals("SITI NURAINI", loaded.normalized());
  }

  @Test
  void aStoredNameThatNoLongerValidatesKeepsItsExactText() {
    String punctuationOnly = " - ";
    assertThrows(InvalidValueException.class, () -> PersonName.of(punctuationOnly));
    PersonName loaded = name.convertToEntityAttribute(punctuationOnly);
    assertEquals(punctuationOnly, loaded.value());
    assertEquals(punctuationOnly, name.convertToDatabaseColumn(loaded));
    assertEquals("", loaded.normalized());
  }

  @Test
  void anNpwpIsStoredAsItsDigitsAndAnInvalidStoredOneLoads() {
    assertEquals("018550814412000", npwp.convertToDatabaseColumn(Npwp.of("01.855.081.4-412.000")));
    assertEquals(Npwp.of("018550814412000"), npwp.convertToEntityAttribute("018550814412000"));
    String wrongCheckDigit = "018550824412000";
    assertThrows(InvalidValueException.class, () -> Npwp.of(wrongCheckDigit));
    assertEquals(wrongCheckDigit, npwp.convertToEntityAttribute(wrongCheckDigit).value());
  }

  @Test
  void aMobileNumberIsStoredInInternationalFormAndReadBackAsTheSameNumber() {
    MobileNumber loaded = phone.convertToEntityAttribute("+6281234567890");
    assertEquals("081234567890", loaded.national());
    assertEquals("+6**********90", loaded.toString(), "masked");
    assertEquals(
        List.of(MobileNumber.of("0812-3456-7890"), "+6281234567890"),
        List.of(loaded, phone.convertToDatabaseColumn(MobileNumber.of("0812 3456 7890"))));
  }

  @Test
  void aStoredMobileNumberWithoutThePlusOrNoLongerValidLoadsAsStored() {
    MobileNumber withoutPlus = phone.convertToEntityAttribute("6281234567890");
    assertEquals(MobileNumber.of("081234567890"), withoutPlus);
    assertEquals("6281234567890", phone.convertToDatabaseColumn(withoutPlus), "kept exactly");
    String landline = "+62215551234";
    assertThrows(InvalidValueException.class, () -> MobileNumber.of(landline));
    assertEquals(landline, phone.convertToDatabaseColumn(phone.convertToEntityAttribute(landline)));
  }

  @Test
  void anAccountNumberIsStoredAsItsDigitsAndOneOfAnotherLengthLoads() {
    BankAccount typed = BankAccount.of(Bank.MANDIRI, "123-00-1234567-8");
    assertEquals("1230012345678", accountNumber.convertToDatabaseColumn(typed.accountNumber()));
    AccountNumber loaded = accountNumber.convertToEntityAttribute("1230012345678");
    assertEquals(typed, BankAccount.stored(Bank.MANDIRI, loaded));
    assertEquals("12*********78", loaded.toString());
    String nineDigits = "123456789";
    assertThrows(InvalidValueException.class, () -> BankAccount.of(Bank.MANDIRI, nineDigits));
    AccountNumber short9 = accountNumber.convertToEntityAttribute(nineDigits);
    assertEquals(nineDigits, BankAccount.stored(Bank.MANDIRI, short9).number());
    assertEquals(nineDigits, accountNumber.convertToDatabaseColumn(short9));
  }

  @Test
  void nullStaysNullBothWays() {
    assertNull(nik.convertToDatabaseColumn(null));
    assertNull(nik.convertToEntityAttribute(null));
    assertNull(kpj.convertToDatabaseColumn(null));
    assertNull(kpj.convertToEntityAttribute(null));
    assertNull(email.convertToDatabaseColumn(null));
    assertNull(email.convertToEntityAttribute(null));
    assertNull(EmailAddress.textOf(null));
    assertNull(name.convertToDatabaseColumn(null));
    assertNull(name.convertToEntityAttribute(null));
    assertNull(npwp.convertToDatabaseColumn(null));
    assertNull(npwp.convertToEntityAttribute(null));
    assertNull(phone.convertToDatabaseColumn(null));
    assertNull(phone.convertToEntityAttribute(null));
    assertNull(MobileNumber.textOf(null));
    assertNull(accountNumber.convertToDatabaseColumn(null));
    assertNull(accountNumber.convertToEntityAttribute(null));
  }
}
