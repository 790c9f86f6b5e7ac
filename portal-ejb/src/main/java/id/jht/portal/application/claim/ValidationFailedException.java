package id.jht.portal.application.claim;

import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Several fields of one form rejected at once, each with its message, so the participant sees every
 * problem in one go. Declared an application exception (WEB-INF/ejb-jar.xml): nothing is written.
 */
public class ValidationFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** One rejected field. */
  public record FieldError(String field, Message message) {}

  private final List<FieldError> errors;

  public ValidationFailedException(List<FieldError> errors) {
    super("rejected fields: " + errors.stream().map(FieldError::field).toList());
    this.errors = List.copyOf(errors);
  }

  /** One field rejected, with its message. */
  public static ValidationFailedException on(String field, Message message) {
    return new ValidationFailedException(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** Collects field errors while a form is checked, then throws them together. */
  public static final class Collector {
    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, Message message) {
      errors.add(new FieldError(field, message));
    }

    public void add(InvalidValueException e) {
      add(e.field(), e.message());
    }

    /** Runs a check that throws InvalidValueException; records the error instead of throwing. */
    public <T> T check(java.util.function.Supplier<T> check) {
      try {
        return check.get();
      } catch (InvalidValueException e) {
        add(e);
        return null;
      }
    }

    public void throwIfAny() {
      if (!errors.isEmpty()) {
        throw new ValidationFailedException(errors);
      }
    }
  }
}
