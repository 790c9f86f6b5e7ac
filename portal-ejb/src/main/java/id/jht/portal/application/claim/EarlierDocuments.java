package id.jht.portal.application.claim;

import id.jht.portal.application.document.DocumentStorage;
import id.jht.portal.application.document.UncommittedFile;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimDocument;
import id.jht.portal.domain.model.claim.Claims;
import id.jht.portal.domain.model.claim.DocumentSlots;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The documents of the participant's cancelled claim, offered to their next claim ("gunakan dokumen
 * klaim sebelumnya"): only those of a type on the new claim's list for its reason, and only for
 * slots still empty. A reused document is a copy (its own stored file and row), so the cancelled
 * claim's record stays as it was and the new claim's documents can be replaced one by one.
 */
@Stateless
public class EarlierDocuments {

  @Inject Claims claims;
  @Inject DocumentSlots slots;
  @Inject DocumentStorage store;
  @Inject ClaimDraftService drafts;
  @Inject Clock clock;

  @Inject Event<UncommittedFile> uncommitted;

  /** The earlier claim's documents the draft could take over now, in upload order. */
  public List<DraftView.DocumentView> offered(Long claimId, Long participantId) {
    return candidates(claimId, participantId).stream()
        .map(d -> DraftView.DocumentView.of(d, false))
        .toList();
  }

  /**
   * Copies every offered document into the draft.
   *
   * @return how many were copied
   */
  public int reuse(Long claimId, Long participantId) {
    Claim draft = OwnedClaims.lockDraft(claims, claimId, participantId);
    List<ClaimDocument> copies = candidates(claimId, participantId);
    for (ClaimDocument earlier : copies) {
      String key = copy(earlier.getStorageKey());
      slots.add(
          new ClaimDocument(
              claimId,
              earlier.getDocumentType(),
              earlier.getDisplayName(),
              key,
              earlier.getContentType(),
              earlier.getSizeBytes(),
              earlier.getSha256(),
              earlier.getWidth(),
              earlier.getHeight(),
              earlier.getPageCount(),
              clock.instant()));
    }
    draft.touch(clock.instant());
    return copies.size();
  }

  /** Documents of the latest cancelled claim for the draft's reason's list and empty slots. */
  private List<ClaimDocument> candidates(Long claimId, Long participantId) {
    DraftView view = drafts.view(claimId, participantId);
    if (view.reason() == null) {
      return List.of();
    }
    Set<String> wanted = new HashSet<>(view.requiredDocuments());
    wanted.addAll(view.optionalDocuments());
    view.documents().forEach(d -> wanted.remove(d.documentType()));
    Optional<Long> cancelled = claims.latestCancelled(participantId, claimId);
    if (cancelled.isEmpty()) {
      return List.of();
    }
    List<ClaimDocument> offered = new ArrayList<>();
    for (ClaimDocument d : slots.of(cancelled.get())) {
      if (wanted.contains(d.getDocumentType().name()) && store.exists(d.getStorageKey())) {
        offered.add(d);
      }
    }
    return offered;
  }

  /** A new stored file with the same content; removed again if the transaction does not commit. */
  private String copy(String key) {
    Path work = null;
    try (InputStream in = store.open(key)) {
      work = Files.createTempFile(store.workDir(), "reuse", ".bin");
      Files.copy(in, work, StandardCopyOption.REPLACE_EXISTING);
      String copied = store.store(work);
      uncommitted.fire(new UncommittedFile(copied));
      return copied;
    } catch (IOException e) {
      if (work != null) {
        try {
          Files.deleteIfExists(work);
        } catch (IOException ignored) {
          // a leftover in the incoming folder holds no reference and is cleaned with the folder
        }
      }
      throw new UncheckedIOException("cannot copy an earlier claim's document", e);
    }
  }
}
