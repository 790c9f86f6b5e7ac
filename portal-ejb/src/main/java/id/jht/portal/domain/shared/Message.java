package id.jht.portal.domain.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A user-facing text that is not yet translated: a resource bundle key and the arguments for its
 * {@link java.text.MessageFormat} placeholders ({@code {0}}, {@code {1}}, ...).
 *
 * <p>Arguments keep their domain types ({@link java.time.LocalDate}, {@link Integer}, {@link
 * String}); the web layer formats dates itself before filling the placeholders, so the bundle texts
 * treat every placeholder as ready-made text.
 *
 * @param key resource bundle key, never blank
 * @param args placeholder arguments in placeholder order, never {@code null} and without {@code
 *     null} elements
 */
public record Message(String key, List<Object> args) implements Serializable {

  public Message {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("A message key must not be blank");
    }
    args = List.copyOf(Objects.requireNonNull(args, "args"));
  }

  /** A message with the given arguments, in placeholder order. */
  public static Message of(String key, Object... args) {
    return new Message(key, List.of(args));
  }

  /** The arguments as an array, the form {@link java.text.MessageFormat#format} expects. */
  public Object[] argsArray() {
    return args.toArray();
  }
}
