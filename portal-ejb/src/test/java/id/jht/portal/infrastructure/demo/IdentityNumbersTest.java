package id.jht.portal.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdentityNumbersTest {

  @Test
  void composesRegionDateAndSequence() {
    assertEquals(
        "3515081403910007", IdentityNumbers.nik("351508", LocalDate.of(1991, 3, 14), false, 7));
  }

  @Test
  void addsFortyToTheDayForWomen() {
    assertEquals(
        "3578054208030123", IdentityNumbers.nik("357805", LocalDate.of(2003, 8, 2), true, 123));
  }

  @Test
  void refusesSequenceZeroAndShortRegions() {
    LocalDate date = LocalDate.of(1990, 1, 1);
    assertThrows(
        IllegalArgumentException.class, () -> IdentityNumbers.nik("351508", date, false, 0));
    assertThrows(IllegalArgumentException.class, () -> IdentityNumbers.nik("3515", date, false, 1));
  }

  @Test
  void masksAllButTheFirstTwoAndLastTwoDigits() {
    assertEquals("35************07", IdentityNumbers.mask("3515081403910007"));
    assertEquals("13*******06", IdentityNumbers.mask("13051784206"));
  }
}
