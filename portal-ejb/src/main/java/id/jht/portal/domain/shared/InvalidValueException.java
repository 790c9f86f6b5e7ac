package id.jht.portal.domain.shared;

import java.util.Objects;

/**
 * Thrown when user input cannot become a domain value. It names the form {@link #field() field} the
 * problem belongs to and carries a translatable {@link #message() message} that says precisely what
 * is wrong.
 *
 * <p>The exception's own {@link #getMessage() text} contains only the field and the message key,
 * never the rejected value, so it is safe to log even when the value was a NIK or KPJ.
 */
public class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final Message message;

  public InvalidValueException(String field, Message message) {
    super("Invalid value for field '" + field + "': " + message.key());
    this.field = Objects.requireNonNull(field, "field");
    this.message = message;
  }

  /** Shorthand for {@code new InvalidValueException(field, Message.of(key, args))}. */
  public static InvalidValueException of(String field, String key, Object... args) {
    return new InvalidValueException(field, Message.of(key, args));
  }

  /** The form field the problem belongs to, e.g. {@code "nik"}. */
  public String field() {
    return field;
  }

  /** What is wrong, as a translatable message. */
  public Message message() {
    return message;
  }

  /**
   * The same problem reported against another field, for values validated through another value
   * object (a 16-digit NPWP is validated as a NIK but belongs to the NPWP field).
   */
  public InvalidValueException forField(String otherField) {
    InvalidValueException moved = new InvalidValueException(otherField, message);
    moved.initCause(this);
    return moved;
  }
}
