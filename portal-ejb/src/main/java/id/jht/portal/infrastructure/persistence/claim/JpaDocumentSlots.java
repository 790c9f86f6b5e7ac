package id.jht.portal.infrastructure.persistence.claim;

import id.jht.portal.domain.model.claim.ClaimDocument;
import id.jht.portal.domain.model.claim.DocumentSlots;
import id.jht.portal.domain.model.claim.DocumentType;
import id.jht.portal.domain.model.claim.ReviewStatus;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** The claims' documents over JPA. */
@ApplicationScoped
public class JpaDocumentSlots extends JpaRepository implements DocumentSlots {

  @Override
  public Optional<ClaimDocument> find(long documentId) {
    return Optional.ofNullable(em.find(ClaimDocument.class, documentId));
  }

  @Override
  public List<ClaimDocument> of(long claimId) {
    return ofClaim(claimId).getResultList();
  }

  @Override
  public List<ClaimDocument> ofLocked(long claimId) {
    return ofClaim(claimId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
  }

  private TypedQuery<ClaimDocument> ofClaim(long claimId) {
    return em.createQuery(
            "SELECT d FROM ClaimDocument d WHERE d.claimId = :c ORDER BY d.id", ClaimDocument.class)
        .setParameter("c", claimId);
  }

  @Override
  public Optional<ClaimDocument> slot(long claimId, DocumentType type) {
    return em.createQuery(
            "SELECT d FROM ClaimDocument d WHERE d.claimId = :c AND d.documentType = :t",
            ClaimDocument.class)
        .setParameter("c", claimId)
        .setParameter("t", type)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ClaimDocument> withReviewStatus(long claimId, ReviewStatus reviewStatus) {
    return em.createQuery(
            "SELECT d FROM ClaimDocument d WHERE d.claimId = :c AND d.reviewStatus = :r"
                + " ORDER BY d.id",
            ClaimDocument.class)
        .setParameter("c", claimId)
        .setParameter("r", reviewStatus)
        .getResultList();
  }

  @Override
  public void add(ClaimDocument document) {
    em.persist(document);
  }

  @Override
  public void replace(ClaimDocument old, ClaimDocument replacement) {
    em.remove(old);
    em.flush(); // the slot is unique per claim and type: the old row goes before the new one
    em.persist(replacement);
    em.flush();
  }

  @Override
  public void remove(ClaimDocument document) {
    em.remove(document);
  }
}
