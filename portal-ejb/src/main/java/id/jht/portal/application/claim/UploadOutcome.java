package id.jht.portal.application.claim;

import id.jht.portal.domain.shared.Message;

/** The answer to one uploaded file: stored (durably, before this returns) or rejected with why. */
public sealed interface UploadOutcome {

  /** Stored; {@code duplicateOf} names another slot holding the very same file, if any. */
  record Stored(DraftView.DocumentView document, String duplicateOf) implements UploadOutcome {}

  /** Rejected: the message names the file and says what is wrong. */
  record Rejected(Message message) implements UploadOutcome {}
}
