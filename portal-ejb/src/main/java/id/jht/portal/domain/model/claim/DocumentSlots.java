package id.jht.portal.domain.model.claim;

import java.util.List;
import java.util.Optional;

/**
 * Repository of the claims' documents ({@code claim_document}): one row per claim and document type
 * (a slot, held by a unique key), in the caller's transaction. Lists come in upload order, by id.
 */
public interface DocumentSlots {

  Optional<ClaimDocument> find(long documentId);

  /** The claim's documents, read without locks. */
  List<ClaimDocument> of(long claimId);

  /**
   * The claim's documents, row-locked: a locking read sees the latest committed rows, which is what
   * a decision taken after waiting for another officer's lock needs.
   */
  List<ClaimDocument> ofLocked(long claimId);

  /** The document in the claim's slot for this type, if any. */
  Optional<ClaimDocument> slot(long claimId, DocumentType type);

  /** The claim's documents with this review status. */
  List<ClaimDocument> withReviewStatus(long claimId, ReviewStatus reviewStatus);

  void add(ClaimDocument document);

  /**
   * Puts {@code replacement} into the slot {@code old} held. The slot is unique per claim and type:
   * the old row is deleted in the database before the new one is inserted.
   */
  void replace(ClaimDocument old, ClaimDocument replacement);

  void remove(ClaimDocument document);
}
