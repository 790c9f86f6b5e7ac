package id.jht.portal.application.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.shared.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypedIdentityTest {

  @Test
  void sixteenDigitsAreANikAndElevenAKpj() {
    TypedIdentity nik = TypedIdentity.parse("3515 0817 0885 0001");
    assertEquals(Optional.of("3515081708850001"), nik.nik());
    assertTrue(nik.kpj().isEmpty());
    TypedIdentity kpj = TypedIdentity.parse("12.345.678-901");
    assertEquals(Optional.of("12345678901"), kpj.kpj());
    assertTrue(kpj.nik().isEmpty());
  }

  @Test
  void otherInputIsRejectedWithTheFieldNamed() {
    for (String typed : new String[] {"123456789012", "35150817088500O1", "abc"}) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> TypedIdentity.parse(typed));
      assertEquals("identity", e.field());
      assertEquals("booking.lookup.identity.invalid", e.message().key());
    }
    assertEquals(
        "booking.lookup.identity.required",
        assertThrows(InvalidValueException.class, () -> TypedIdentity.parse("  ")).message().key());
  }

  @Test
  void theNumberIsMaskedWhenPrinted() {
    String printed = TypedIdentity.parse("3515081708850001").toString();
    assertEquals("35************01", printed);
    assertFalse(printed.contains("08170885"));
  }
}
