package id.jht.portal.application.verification;

import id.jht.portal.domain.shared.Message;
import java.io.Serializable;

/**
 * What an officer's action came to, with its user text ({@code verification.*}).
 *
 * @param kind whether it was done, refused by a rule, or lost to another staff member's change
 */
public record DecisionOutcome(Kind kind, Message message) implements Serializable {

  /** The kinds of outcome. */
  public enum Kind {
    /** Done and saved. */
    DONE,
    /** Not possible as asked (a missing reason, a document not accepted, not in this state). */
    REFUSED,
    /** Someone else changed or decided the claim since the page was loaded: nothing saved. */
    CONFLICT
  }

  public static DecisionOutcome done(String key, Object... args) {
    return new DecisionOutcome(Kind.DONE, Message.of(key, args));
  }

  public static DecisionOutcome refused(String key, Object... args) {
    return new DecisionOutcome(Kind.REFUSED, Message.of(key, args));
  }

  public static DecisionOutcome conflict(String key, Object... args) {
    return new DecisionOutcome(Kind.CONFLICT, Message.of(key, args));
  }

  public boolean isDone() {
    return kind == Kind.DONE;
  }
}
