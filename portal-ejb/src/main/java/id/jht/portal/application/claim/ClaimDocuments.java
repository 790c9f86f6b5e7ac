package id.jht.portal.application.claim;

import id.jht.portal.application.document.DetectedType;
import id.jht.portal.application.document.DocumentStorage;
import id.jht.portal.application.document.InspectionResult;
import id.jht.portal.application.document.ReleasedFile;
import id.jht.portal.application.document.Thumbnails;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimDocument;
import id.jht.portal.domain.model.claim.Claims;
import id.jht.portal.domain.model.claim.DocumentSlots;
import id.jht.portal.domain.model.claim.DocumentType;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A claim's documents: each upload inspected by content, stored durably under a generated name
 * before the database row points at it, and the file of a replaced or failed upload removed only
 * once the transaction's outcome is known.
 */
@Stateless
public class ClaimDocuments {

  @Inject Claims claims;
  @Inject DocumentSlots slots;
  @Inject Clock clock;
  @Inject DocumentStorage store;
  @Inject Thumbnails thumbnails;
  @Inject DocumentUpload uploads;

  @Inject Event<ReleasedFile> released;

  public List<DraftView.DocumentView> list(Long claimId) {
    List<ClaimDocument> all = slots.of(claimId);
    Map<String, Long> bySha =
        all.stream()
            .collect(Collectors.groupingBy(ClaimDocument::getSha256, Collectors.counting()));
    return all.stream()
        .map(d -> DraftView.DocumentView.of(d, bySha.get(d.getSha256()) > 1))
        .toList();
  }

  /**
   * Inspects and stores one file for a document slot, replacing what the slot held. Returns the
   * rejection (naming the file and the problem) instead of throwing, so other slots are untouched.
   */
  public UploadOutcome upload(
      Long claimId,
      Long participantId,
      DocumentType type,
      String fileName,
      String declaredContentType,
      InputStream content,
      String clientAddress) {
    Claim claim = ownedDraft(claimId, participantId);
    DocumentUpload.Inspected inspected =
        uploads.inspect(
            claim,
            type,
            fileName,
            declaredContentType,
            content,
            clientAddress,
            "wizard.documents.uploadInterrupted");
    if (inspected instanceof DocumentUpload.Inspected.Refused refused) {
      return new UploadOutcome.Rejected(refused.message());
    }
    InspectionResult.Accepted accepted = ((DocumentUpload.Inspected.Accepted) inspected).file();
    ClaimDocument document = uploads.place(claimId, type, accepted, slot(claimId, type));
    claim.touch(clock.instant());
    // From the slots read once: each slot holds one file, so its row carries the hash to compare.
    String duplicateOf =
        slots.of(claimId).stream()
            .filter(d -> d.getDocumentType() != type)
            .filter(d -> d.getSha256().equals(accepted.sha256Hex()))
            .map(d -> d.getDocumentType().name())
            .findFirst()
            .orElse(null);
    return new UploadOutcome.Stored(
        DraftView.DocumentView.of(document, duplicateOf != null), duplicateOf);
  }

  public void remove(Long claimId, Long participantId, DocumentType type) {
    Claim claim = ownedDraft(claimId, participantId);
    slot(claimId, type)
        .ifPresent(
            doc -> {
              String key = doc.getStorageKey();
              slots.remove(doc);
              released.fire(new ReleasedFile(key));
            });
    claim.touch(clock.instant());
  }

  /** A small JPEG preview of a slot's file, for its owner only. */
  public Optional<byte[]> thumbnail(Long claimId, Long participantId, DocumentType type) {
    OwnedClaims.find(claims, claimId, participantId);
    return slot(claimId, type).flatMap(this::render);
  }

  private Optional<byte[]> render(ClaimDocument doc) {
    DetectedType type = detectedType(doc.getContentType()).orElse(null);
    if (type == null) {
      return Optional.empty();
    }
    try (InputStream in = store.open(doc.getStorageKey())) {
      java.nio.file.Path copy = Files.createTempFile(store.workDir(), "thumb", ".tmp");
      try {
        Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return Optional.of(thumbnails.thumbnail(copy, type));
      } finally {
        Files.deleteIfExists(copy);
      }
    } catch (IOException cannotRender) {
      return Optional.empty();
    }
  }

  private static Optional<DetectedType> detectedType(String mediaType) {
    for (DetectedType t : DetectedType.values()) {
      if (t.mediaType().equals(mediaType)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private Optional<ClaimDocument> slot(Long claimId, DocumentType type) {
    return slots.slot(claimId, type);
  }

  private Claim ownedDraft(Long claimId, Long participantId) {
    return OwnedClaims.lockDraft(claims, claimId, participantId);
  }
}
