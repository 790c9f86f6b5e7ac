package id.jht.portal.application.claim;

import id.jht.portal.application.document.DocumentStorage;
import id.jht.portal.application.document.InspectionResult;
import id.jht.portal.application.document.ReleasedFile;
import id.jht.portal.application.document.UncommittedFile;
import id.jht.portal.application.document.UploadInspection;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimDocument;
import id.jht.portal.domain.model.claim.DocumentSlots;
import id.jht.portal.domain.model.claim.DocumentType;
import id.jht.portal.domain.shared.Message;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The one way an upload becomes a claim's document, for the wizard's documents step and for the
 * re-upload an officer asked for: inspected by content (a malware detection goes on the audit
 * trail), then stored durably before the row points at it; the new file goes again if the
 * transaction does not commit, the file it replaced once it does. The two callers differ only in
 * what they check around it (a draft, or a slot an officer marked), and in when they lock.
 * Dependent: it works in the caller's transaction.
 */
@Dependent
public class DocumentUpload {

  @Inject UploadInspection inspector;
  @Inject DocumentStorage store;
  @Inject InfectedUploads infected;
  @Inject DocumentSlots slots;
  @Inject Clock clock;
  @Inject Event<UncommittedFile> uncommitted;
  @Inject Event<ReleasedFile> released;

  /** An inspected upload. */
  public sealed interface Inspected {

    /** A readable document within the limits; the caller places or discards its file. */
    record Accepted(InspectionResult.Accepted file) implements Inspected {}

    /** Refused, nothing of it left on disk: the message names the file and the problem. */
    record Refused(Message message) implements Inspected {}
  }

  /**
   * Inspects an upload for one of the claim's slots.
   *
   * @param interruptedKey the message when the body could not be read to the end
   */
  public Inspected inspect(
      Claim claim,
      DocumentType type,
      String fileName,
      String declaredContentType,
      InputStream content,
      String clientAddress,
      String interruptedKey) {
    InspectionResult result;
    try {
      result = inspector.inspect(fileName, declaredContentType, content, store.workDir());
    } catch (IOException e) {
      return new Inspected.Refused(Message.of(interruptedKey));
    }
    if (result instanceof InspectionResult.Rejected rejected) {
      infected.recordIfInfected(claim, type, rejected, clientAddress);
      return new Inspected.Refused(
          Message.of(rejected.messageKey(), rejected.messageArguments().toArray()));
    }
    return new Inspected.Accepted((InspectionResult.Accepted) result);
  }

  /**
   * Stores an accepted file and puts it into the claim's slot for {@code type}, in place of {@code
   * previous} if the slot held one.
   *
   * @return the new row
   */
  public ClaimDocument place(
      long claimId,
      DocumentType type,
      InspectionResult.Accepted accepted,
      Optional<ClaimDocument> previous) {
    String key;
    try {
      key = store.store(accepted.tempFile());
    } catch (IOException e) {
      discard(accepted);
      throw new UncheckedIOException("cannot store an accepted document", e);
    }
    // The new file goes if the transaction does not commit; the replaced file goes if it does.
    uncommitted.fire(new UncommittedFile(key));
    previous.ifPresent(old -> released.fire(new ReleasedFile(old.getStorageKey())));
    ClaimDocument document =
        new ClaimDocument(
            claimId,
            type,
            accepted.displayName(),
            key,
            accepted.type().mediaType(),
            accepted.sizeBytes(),
            accepted.sha256Hex(),
            accepted.width(),
            accepted.height(),
            accepted.pageCount(),
            clock.instant());
    if (previous.isPresent()) {
      slots.replace(previous.get(), document);
    } else {
      slots.add(document);
    }
    return document;
  }

  /** Removes the work file of an accepted upload that is not placed after all. */
  public void discard(InspectionResult.Accepted accepted) {
    deleteQuietly(accepted.tempFile());
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a leftover in the incoming folder holds no reference and is cleaned with the folder
    }
  }
}
