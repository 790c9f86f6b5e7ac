package id.jht.portal.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.function.Executable;

/** Asserts that an action is refused with exactly the expected field, key and arguments. */
public final class InvalidValueAssertions {

  private InvalidValueAssertions() {}

  public static InvalidValueException assertInvalid(
      Executable action, String field, String key, Object... args) {
    InvalidValueException problem = assertThrows(InvalidValueException.class, action);
    assertEquals(field, problem.field(), "field");
    assertEquals(key, problem.message().key(), "message key");
    assertEquals(List.of(args), problem.message().args(), "message arguments");
    return problem;
  }
}
