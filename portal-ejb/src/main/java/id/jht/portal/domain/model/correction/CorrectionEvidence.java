package id.jht.portal.domain.model.correction;

import id.jht.portal.domain.shared.Message;
import java.io.InputStream;

/**
 * Where a correction request's document goes: inspected by its content, like every claim document,
 * and kept only when accepted.
 */
public interface CorrectionEvidence {

  /** The outcome: the kept document, or why it was refused (naming the file). */
  sealed interface Outcome permits Kept, Refused {}

  record Kept(StoredEvidence evidence) implements Outcome {}

  record Refused(Message message) implements Outcome {}

  Outcome keep(String fileName, String declaredContentType, InputStream content);

  /** A kept document opened for an authorised reader, who closes it. */
  record Opened(long sizeBytes, InputStream content) {}

  /** Opens a kept document; empty when it is no longer in the store. */
  java.util.Optional<Opened> open(StoredEvidence evidence);

  /** Removes a kept document whose request was not stored after all. */
  void discard(StoredEvidence evidence);
}
