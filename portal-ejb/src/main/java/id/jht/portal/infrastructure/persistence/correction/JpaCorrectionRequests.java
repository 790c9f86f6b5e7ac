package id.jht.portal.infrastructure.persistence.correction;

import id.jht.portal.domain.model.correction.CorrectionKind;
import id.jht.portal.domain.model.correction.CorrectionRequest;
import id.jht.portal.domain.model.correction.CorrectionRequests;
import id.jht.portal.domain.model.correction.CorrectionState;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** The correction requests over JPA. */
@ApplicationScoped
public class JpaCorrectionRequests extends JpaRepository implements CorrectionRequests {

  @Override
  public void add(CorrectionRequest request) {
    em.persist(request);
    // Now, so that a second open request of the kind fails here on the unique key.
    em.flush();
  }

  @Override
  public Optional<CorrectionRequest> find(Long id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(CorrectionRequest.class, id));
  }

  @Override
  public Optional<CorrectionRequest> findForDecision(Long id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(CorrectionRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<CorrectionRequest> submittedAt(Long branchId) {
    return em.createQuery(
            "SELECT r FROM CorrectionRequest r JOIN FETCH r.participant"
                + " WHERE r.branchId = :branch AND r.state = :state ORDER BY r.submittedAt, r.id",
            CorrectionRequest.class)
        .setParameter("branch", branchId)
        .setParameter("state", CorrectionState.SUBMITTED)
        .getResultList();
  }

  @Override
  public List<CorrectionRequest> submittedEverywhere() {
    return em.createQuery(
            "SELECT r FROM CorrectionRequest r JOIN FETCH r.participant"
                + " WHERE r.state = :state ORDER BY r.submittedAt, r.id",
            CorrectionRequest.class)
        .setParameter("state", CorrectionState.SUBMITTED)
        .getResultList();
  }

  @Override
  public Optional<CorrectionRequest> byReference(String referenceHash) {
    return em.createQuery(
            "SELECT r FROM CorrectionRequest r WHERE r.referenceHash = :hash",
            CorrectionRequest.class)
        .setParameter("hash", referenceHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<CorrectionRequest> latest(Long participantId, CorrectionKind kind) {
    return em.createQuery(
            "SELECT r FROM CorrectionRequest r WHERE r.participant.id = :participant"
                + " AND r.kind = :kind ORDER BY r.submittedAt DESC, r.id DESC",
            CorrectionRequest.class)
        .setParameter("participant", participantId)
        .setParameter("kind", kind)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
