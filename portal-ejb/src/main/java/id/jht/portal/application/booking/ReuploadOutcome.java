package id.jht.portal.application.booking;

import id.jht.portal.domain.shared.Message;
import java.io.Serializable;

/**
 * The answer to one re-uploaded file. Java 17 has no pattern-matching switch: callers branch with
 * {@code instanceof}.
 */
public sealed interface ReuploadOutcome extends Serializable {

  /**
   * Stored (durably, before this returns) in place of the file the officer refused.
   *
   * @param allDone every requested document is in again: the claim is back in verification
   */
  record Stored(String documentType, String displayName, boolean allDone)
      implements ReuploadOutcome {}

  /** Not stored: the message names the file and says what is wrong, or why nothing is asked. */
  record Rejected(Message message) implements ReuploadOutcome {}
}
