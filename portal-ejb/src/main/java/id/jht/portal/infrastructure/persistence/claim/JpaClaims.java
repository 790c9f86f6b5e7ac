package id.jht.portal.infrastructure.persistence.claim;

import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimEvent;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.claim.Claims;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

/** The claims and their timelines over JPA. */
@ApplicationScoped
public class JpaClaims extends JpaRepository implements Claims {

  /** Locks a claim's row: portable to MySQL 8, MariaDB 10.11 and H2 (MODE=LEGACY). */
  static final String LOCK_HEAD = "SELECT branch_id, version FROM claim WHERE id = ? FOR UPDATE";

  @Override
  public Optional<Claim> find(Long claimId) {
    return claimId == null ? Optional.empty() : Optional.ofNullable(em.find(Claim.class, claimId));
  }

  /**
   * One statement with the three rows joined. No lock: joined rows under {@code FOR UPDATE} would
   * be locked too, so the locked reads stay {@link #findLocked}. Flush mode COMMIT: like {@code
   * find}, the read does not flush changes pending in the transaction.
   */
  @Override
  public Optional<Claim> findWithParticipant(Long claimId) {
    if (claimId == null) {
      return Optional.empty();
    }
    return em
        .createQuery(
            "SELECT c FROM Claim c JOIN FETCH c.participant JOIN FETCH c.membership"
                + " LEFT JOIN FETCH c.branch WHERE c.id = :id",
            Claim.class)
        .setParameter("id", claimId)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Optional<Claim> findLocked(Long claimId) {
    return claimId == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(Claim.class, claimId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void lock(Claim claim) {
    em.lock(claim, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public void refreshLocked(Claim claim) {
    em.refresh(claim, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public void touchVersion(Claim claim) {
    em.lock(claim, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  @Override
  public Optional<Claim> openOf(Long participantId) {
    return em.createQuery("SELECT c FROM Claim c WHERE c.openParticipantId = :p", Claim.class)
        .setParameter("p", participantId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean addDraft(Claim draft) {
    try {
      em.persist(draft);
      em.flush(); // the unique open-claim key answers now, not at commit
      return true;
    } catch (PersistenceException concurrentStart) {
      return false;
    }
  }

  @Override
  public Optional<Long> latestCancelled(Long participantId, Long exceptClaimId) {
    return em
        .createQuery(
            "SELECT c.id FROM Claim c WHERE c.participant.id = :p AND c.status = :s"
                + " AND c.id <> :current ORDER BY c.id DESC",
            Long.class)
        .setParameter("p", participantId)
        .setParameter("s", ClaimStatus.CANCELLED)
        .setParameter("current", exceptClaimId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public int version(long claimId) {
    return ((Number)
            em.createQuery("SELECT c.version FROM Claim c WHERE c.id = :c")
                .setParameter("c", claimId)
                .getSingleResult())
        .intValue();
  }

  @Override
  public Optional<LockedHead> lockHead(long claimId) {
    // Native, before the entity is loaded: the entity read afterwards is the committed state.
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(LOCK_HEAD).setParameter(1, claimId).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    Long branch = row[0] == null ? null : ((Number) row[0]).longValue();
    return Optional.of(new LockedHead(branch, ((Number) row[1]).intValue()));
  }

  @Override
  public void addEvent(ClaimEvent event) {
    em.persist(event);
  }

  @Override
  public List<ClaimEvent> events(long claimId) {
    return em.createQuery(
            "SELECT e FROM ClaimEvent e WHERE e.claimId = :c ORDER BY e.id", ClaimEvent.class)
        .setParameter("c", claimId)
        .getResultList();
  }

  @Override
  public Optional<String> lastActorLocked(long claimId) {
    return em
        .createQuery(
            "SELECT e FROM ClaimEvent e WHERE e.claimId = :c ORDER BY e.id DESC", ClaimEvent.class)
        .setParameter("c", claimId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .stream()
        .findFirst()
        .map(ClaimEvent::getActor);
  }
}
