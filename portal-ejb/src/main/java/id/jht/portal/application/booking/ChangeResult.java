package id.jht.portal.application.booking;

import id.jht.portal.domain.shared.Message;
import java.io.Serializable;

/**
 * The answer to a reschedule or a cancellation: done, or refused with nothing changed; either way a
 * message for the participant ({@code booking.*} or {@code queue.outcome.*}).
 */
public record ChangeResult(boolean done, Message message) implements Serializable {

  static ChangeResult done(String key, Object... args) {
    return new ChangeResult(true, Message.of(key, args));
  }

  static ChangeResult refused(Message message) {
    return new ChangeResult(false, message);
  }

  static ChangeResult refused(String key, Object... args) {
    return refused(Message.of(key, args));
  }
}
