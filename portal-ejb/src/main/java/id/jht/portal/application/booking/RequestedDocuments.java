package id.jht.portal.application.booking;

import id.jht.portal.application.claim.ClaimDraftService;
import id.jht.portal.application.claim.DocumentUpload;
import id.jht.portal.application.document.InspectionResult;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimDocument;
import id.jht.portal.domain.model.claim.ClaimEvent;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.claim.Claims;
import id.jht.portal.domain.model.claim.DocumentSlots;
import id.jht.portal.domain.model.claim.DocumentType;
import id.jht.portal.domain.model.claim.ReviewStatus;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The documents an officer asked for again (review status {@code REUPLOAD} on a claim in {@code
 * DOCUMENTS_REQUESTED}), uploaded from the status page. Exactly those slots accept a file, checked
 * by content like every upload and stored before the row points at it; the refused file is removed
 * once the change is committed. When the last requested document is in, the claim goes back to
 * {@code IN_VERIFICATION} with a {@code DOCUMENTS_REUPLOADED} event, keeping its ticket.
 *
 * <p>The upload itself (inspection, storage, the slot's row, the clean-up after the transaction) is
 * the wizard's {@link DocumentUpload}; this class adds what is particular to it: a submitted claim,
 * the slots an officer marked, and the inspection before the claim's row is locked.
 */
@Stateless
public class RequestedDocuments {

  static final String PENDING_REVIEW = "PENDING";

  @Inject Claims claims;
  @Inject DocumentSlots slots;
  @Inject Bookings bookings;
  @Inject DocumentUpload uploads;
  @Inject Clock clock;

  /** The documents still to upload again, with the officer's note; empty unless requested. */
  public List<RequestedDocument> requested(Long claimId, Long participantId) {
    Claim claim = bookings.owned(claimId, participantId);
    if (claim.getStatus() != ClaimStatus.DOCUMENTS_REQUESTED) {
      return List.of();
    }
    return reuploadSlots(claimId).stream()
        .map(
            d ->
                new RequestedDocument(
                    d.getDocumentType().name(), d.getDisplayName(), d.getReviewNote()))
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
    DocumentUpload.Inspected inspected =
        uploads.inspect(
            owned,
            type,
            fileName,
            declaredContentType,
            content,
            clientAddress,
            "booking.reupload.interrupted");
    if (inspected instanceof DocumentUpload.Inspected.Refused refused) {
      return new ReuploadOutcome.Rejected(refused.message());
    }
    InspectionResult.Accepted accepted = ((DocumentUpload.Inspected.Accepted) inspected).file();
    Claim claim = bookings.lockOwned(claimId, participantId).claim();
    Optional<ClaimDocument> slot =
        claim.getStatus() == ClaimStatus.DOCUMENTS_REQUESTED
            ? reuploadSlots(claimId).stream().filter(d -> d.getDocumentType() == type).findFirst()
            : Optional.empty();
    if (slot.isEmpty()) {
      uploads.discard(accepted);
      return new ReuploadOutcome.Rejected(
          Message.of(
              "booking.reupload.notRequested",
              new ClaimDraftService.DocumentLabel(type.messageKey())));
    }
    uploads.place(claimId, type, accepted, slot);
    boolean allDone = reuploadSlots(claimId).isEmpty();
    if (allDone) {
      claim.receiveRequestedDocuments(clock.instant());
      claims.addEvent(
          new ClaimEvent(
              claimId, "DOCUMENTS_REUPLOADED", clock.instant(), BookingChanges.PARTICIPANT, null));
    } else {
      claim.touch(clock.instant());
    }
    return new ReuploadOutcome.Stored(type.name(), accepted.displayName(), allDone);
  }

  private List<ClaimDocument> reuploadSlots(Long claimId) {
    return slots.withReviewStatus(claimId, ReviewStatus.REUPLOAD);
  }
}
