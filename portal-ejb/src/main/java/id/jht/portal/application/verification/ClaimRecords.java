package id.jht.portal.application.verification;

import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimDocument;
import id.jht.portal.domain.model.claim.ClaimEvent;
import id.jht.portal.domain.model.queue.QueueTicket;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * Queries on a claim's rows shared by reading and deciding. The {@code locked} variants are locking
 * reads: under InnoDB's repeatable read they see the latest committed rows, not the transaction's
 * older snapshot, which is what a decision taken after waiting for another officer's lock needs.
 */
final class ClaimRecords {

  /** Locks a claim's row: portable to MySQL 8, MariaDB 10.11 and H2 (MODE=LEGACY). */
  static final String LOCK_HEAD = "SELECT branch_id, version FROM claim WHERE id = ? FOR UPDATE";

  private ClaimRecords() {}

  /** The version the page saw (an ordinary read). */
  static int version(EntityManager em, long claimId) {
    return ((Number)
            em.createQuery("SELECT c.version FROM Claim c WHERE c.id = :c")
                .setParameter("c", claimId)
                .getSingleResult())
        .intValue();
  }

  /**
   * Locks the claim's row and returns its branch and current version; empty for an unknown claim.
   * Issued before the entity is loaded, so the entity read afterwards is the committed state.
   */
  static Optional<RowHead> lockHead(EntityManager em, long claimId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(LOCK_HEAD).setParameter(1, claimId).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    Long branch = row[0] == null ? null : ((Number) row[0]).longValue();
    return Optional.of(new RowHead(branch, ((Number) row[1]).intValue()));
  }

  /** The claim's documents in upload order. */
  static List<ClaimDocument> documents(EntityManager em, long claimId, boolean locked) {
    TypedQuery<ClaimDocument> query =
        em.createQuery(
                "SELECT d FROM ClaimDocument d WHERE d.claimId = :c ORDER BY d.id",
                ClaimDocument.class)
            .setParameter("c", claimId);
    if (locked) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultList();
  }

  /** The claim's newest queue ticket (a rescheduled claim has several). */
  static Optional<QueueTicket> latestTicket(EntityManager em, long claimId, boolean locked) {
    TypedQuery<QueueTicket> query =
        em.createQuery(
                "SELECT t FROM QueueTicket t WHERE t.claimId = :c ORDER BY t.id DESC",
                QueueTicket.class)
            .setParameter("c", claimId);
    if (locked) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultList().stream().findFirst();
  }

  /** Who wrote the claim's latest timeline event (a locking read: the latest committed one). */
  static Optional<String> lastActor(EntityManager em, long claimId) {
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

  /**
   * Where mail about the claim goes: the contact address given in the claim, else the registry's.
   */
  static String recipient(Claim claim) {
    String given = claim.getEmail();
    if (given != null && !given.isBlank()) {
      return given;
    }
    return claim.getParticipant().getEmail();
  }

  /** The claim row's branch and version, read under its lock. */
  record RowHead(Long branchId, int version) {}
}
