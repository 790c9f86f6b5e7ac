package id.jht.portal.application.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BookingCodeTest {

  @Test
  void isShownInGroupsOfFourFourTwo() {
    assertEquals("K7QX-M3PR-T9", new BookingCode("K7QXM3PRT9").formatted());
  }

  @Test
  void typedInputMayHaveDashesSpacesAndLowerCase() {
    assertEquals("K7QXM3PRT9", BookingCode.parse(" k7qx-m3pr t9 ").orElseThrow().value());
  }

  @Test
  void lookAlikesWrongLengthsAndEmptyInputAreNotCodes() {
    assertTrue(BookingCode.parse("K7QX-M3PR-T0").isEmpty(), "zero");
    assertTrue(BookingCode.parse("K7QX-M3PR-TO").isEmpty(), "letter O");
    assertTrue(BookingCode.parse("K7QX-M3PR-T1").isEmpty(), "one");
    assertTrue(BookingCode.parse("K7QX-M3PR-TL").isEmpty(), "letter L");
    assertTrue(BookingCode.parse("K7QX-M3PR-TI").isEmpty(), "letter I");
    assertTrue(BookingCode.parse("K7QX-M3PR").isEmpty());
    assertTrue(BookingCode.parse("K7QX-M3PR-T99").isEmpty());
    assertTrue(BookingCode.parse("").isEmpty());
    assertTrue(BookingCode.parse(null).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new BookingCode("K7QX-M3PR-T9"));
  }
}
