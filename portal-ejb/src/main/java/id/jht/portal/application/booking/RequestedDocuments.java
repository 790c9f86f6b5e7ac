package id.jht.portal.application.booking;

import id.jht.portal.application.claim.ClaimConfiguration;
import id.jht.portal.application.claim.ClaimDraftService;
import id.jht.portal.application.claim.InfectedUploads;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimDocument;
import id.jht.portal.domain.model.claim.ClaimEvent;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.claim.DocumentType;
import id.jht.portal.domain.shared.Message;
import id.jht.portal.infrastructure.document.DocumentInspector;
import id.jht.portal.infrastructure.document.DocumentStore;
import id.jht.portal.infrastructure.document.InspectionResult;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The documents an officer asked for again (review status {@code REUPLOAD} on a claim in {@code
 * DOCUMENTS_REQUESTED}), uploaded from the status page. Exactly those slots accept a file, checked
 * by content like every upload and stored before the row points at it; the refused file is removed
 * once the change is committed. When the last requested document is in, the claim goes back to
 * {@code IN_VERIFICATION} with a {@code DOCUMENTS_REUPLOADED} event, keeping its ticket.
 *
 * <p>The wizard's {@code ClaimDocuments} accepts drafts only; this class applies the same
 * inspection and storage to submitted claims, limited to what an officer asked for.
 */
@Stateless
public class RequestedDocuments {

  private static final Logger LOG = Logger.getLogger(RequestedDocuments.class.getName());
  static final String PENDING_REVIEW = "PENDING";

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject Bookings bookings;
  @Inject DocumentInspector inspector;
  @Inject InfectedUploads infected;
  @Inject DocumentStore store;
  @Inject ClaimConfiguration configuration;
  @Inject Clock clock;

  @Resource TransactionSynchronizationRegistry transactions;

  /** The documents still to upload again, with the officer's note; empty unless requested. */
  public List<RequestedDocument> requested(Long claimId, Long participantId) {
    Claim claim = bookings.owned(claimId, participantId);
    if (claim.getStatus() != ClaimStatus.DOCUMENTS_REQUESTED) {
      return List.of();
    }
    return reuploadSlots(claimId).stream()
        .map(d -> new RequestedDocument(d.getDocumentType(), d.getDisplayName(), d.getReviewNote()))
        .toList();
  }

  /**
   * Replaces one requested document.
   *
   * @throws id.jht.portal.application.claim.ClaimAccessDeniedException when the claim is not the
   *     participant's
   */
  public ReuploadOutcome reupload(
      Long claimId,
      Long participantId,
      DocumentType type,
      String fileName,
      String declaredContentType,
      InputStream content,
      String clientAddress) {
    // Inspected before any lock is taken: checking a large file must not hold the claim's row.
    Claim owned = bookings.owned(claimId, participantId);
    InspectionResult result;
    try {
      result =
          inspector.inspect(fileName, declaredContentType, content, configuration.incomingDir());
    } catch (IOException e) {
      return new ReuploadOutcome.Rejected(Message.of("booking.reupload.interrupted"));
    }
    if (result instanceof InspectionResult.Rejected rejected) {
      infected.recordIfInfected(owned, type, rejected, clientAddress);
      return new ReuploadOutcome.Rejected(
          Message.of(rejected.messageKey(), rejected.messageArguments().toArray()));
    }
    InspectionResult.Accepted accepted = (InspectionResult.Accepted) result;
    Claim claim = bookings.lockOwned(claimId, participantId).claim();
    Optional<ClaimDocument> slot =
        claim.getStatus() == ClaimStatus.DOCUMENTS_REQUESTED
            ? reuploadSlots(claimId).stream()
                .filter(d -> d.getDocumentType().equals(type.name()))
                .findFirst()
            : Optional.empty();
    if (slot.isEmpty()) {
      deleteQuietly(accepted.tempFile());
      return new ReuploadOutcome.Rejected(
          Message.of(
              "booking.reupload.notRequested",
              new ClaimDraftService.DocumentLabel(type.messageKey())));
    }
    String key = storeAccepted(accepted);
    String refusedKey = slot.get().getStorageKey();
    afterCompletion(committed -> deleteStored(committed ? refusedKey : key));
    em.remove(slot.get());
    em.flush(); // the slot is unique per claim and type: the old row goes before the new one
    em.persist(
        new ClaimDocument(
            claimId,
            type.name(),
            accepted.displayName(),
            key,
            accepted.type().mediaType(),
            accepted.sizeBytes(),
            accepted.sha256Hex(),
            accepted.width(),
            accepted.height(),
            accepted.pageCount(),
            clock.instant()));
    em.flush();
    boolean allDone = reuploadSlots(claimId).isEmpty();
    if (allDone) {
      claim.receiveRequestedDocuments(clock.instant());
      em.persist(
          new ClaimEvent(
              claimId, "DOCUMENTS_REUPLOADED", clock.instant(), BookingChanges.PARTICIPANT, null));
    } else {
      claim.touch(clock.instant());
    }
    return new ReuploadOutcome.Stored(type.name(), accepted.displayName(), allDone);
  }

  private List<ClaimDocument> reuploadSlots(Long claimId) {
    return em.createQuery(
            "SELECT d FROM ClaimDocument d WHERE d.claimId = :c AND d.reviewStatus = :r"
                + " ORDER BY d.id",
            ClaimDocument.class)
        .setParameter("c", claimId)
        .setParameter("r", BookingStatusService.REUPLOAD)
        .getResultList();
  }

  private String storeAccepted(InspectionResult.Accepted accepted) {
    try {
      return store.store(accepted.tempFile());
    } catch (IOException e) {
      deleteQuietly(accepted.tempFile());
      throw new UncheckedIOException("cannot store an accepted document", e);
    }
  }

  private void afterCompletion(java.util.function.Consumer<Boolean> action) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            action.accept(status == Status.STATUS_COMMITTED);
          }
        });
  }

  private void deleteStored(String key) {
    if (!DocumentStore.isValidKey(key)) {
      return;
    }
    try {
      store.delete(key);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete stored document " + key, e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a leftover in the incoming folder holds no reference and is cleaned with the folder
    }
  }
}
