package id.jht.portal.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import id.jht.portal.domain.model.participant.Nik;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

  @Test
  void carriesFieldAndMessage() {
    InvalidValueException problem = InvalidValueException.of("kpj", "kpj.wrongLength", 10);

    assertEquals("kpj", problem.field());
    assertEquals(Message.of("kpj.wrongLength", 10), problem.message());
  }

  @Test
  void itsTextNamesFieldAndKeyButNeverTheRejectedValue() {
    String rejected = "9974011501900001";
    InvalidValueException problem =
        InvalidValueAssertions.assertInvalid(
            () -> Nik.of(rejected), "nik", "nik.unknownProvince", "99");

    assertEquals("Invalid value for field 'nik': nik.unknownProvince", problem.getMessage());
    assertFalse(problem.getMessage().contains(rejected));
  }

  @Test
  void canBeMovedToAnotherFieldKeepingTheMessage() {
    InvalidValueException original = InvalidValueException.of("nik", "nik.sequenceZero");
    InvalidValueException moved = original.forField("npwp");

    assertEquals("npwp", moved.field());
    assertEquals(original.message(), moved.message());
    assertSame(original, moved.getCause());
  }
}
