package id.jht.portal.application.pendingclaim;

import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.pendingclaim.PendingClaim;
import id.jht.portal.domain.model.pendingclaim.PendingClaimStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The registry's queries and row locks, in the caller's transaction.
 *
 * <p>Lock order, everywhere: first the claim row(s) in id order, then the pending-claim rows. The
 * detector, the participant and an officer can therefore act on the same draft at the same moment
 * without deadlocking, and each decides on what the previous one committed. Locks are taken with
 * {@code SELECT ... FOR UPDATE}, which on MySQL/MariaDB also reads the latest committed row, not
 * the transaction's snapshot.
 */
@ApplicationScoped
public class PendingClaimRepository {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  /** The draft columns the detector decides on, read under the row lock. */
  public record DraftRow(
      Long id,
      ClaimStatus status,
      int abandonCount,
      Instant lastActivityAt,
      Long participantId,
      Long membershipId,
      String reason,
      Long branchId) {}

  /** Locks a claim row without loading the entity (the wizard may hold it). */
  public Optional<DraftRow> lockDraftRow(Long claimId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(PendingSql.LOCK_DRAFT_ROW).setParameter(1, claimId).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = rows.get(0);
    return Optional.of(
        new DraftRow(
            SqlTime.id(r[0]),
            ClaimStatus.valueOf((String) r[1]),
            ((Number) r[2]).intValue(),
            SqlTime.instant(r[3]),
            SqlTime.id(r[4]),
            SqlTime.id(r[5]),
            (String) r[6],
            SqlTime.id(r[7])));
  }

  /**
   * Counts one more abandonment on the draft without touching its version, so that the wizard's own
   * pending update of the same draft does not fail on an optimistic lock.
   */
  public void setAbandonCount(Long claimId, int count) {
    em.createNativeQuery(PendingSql.SET_ABANDON_COUNT)
        .setParameter(1, count)
        .setParameter(2, claimId)
        .executeUpdate();
  }

  /** Locks and loads claims in id order (the lock order), for moving them to another status. */
  public List<Claim> lockClaims(Iterable<Long> claimIds) {
    TreeSet<Long> ordered = new TreeSet<>();
    claimIds.forEach(ordered::add);
    return ordered.stream()
        .map(id -> em.find(Claim.class, id, LockModeType.PESSIMISTIC_WRITE))
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  public List<PendingClaim> lockOpenRecordsOfClaim(Long claimId) {
    return em.createQuery(
            "SELECT p FROM PendingClaim p WHERE p.claimId = :claim AND p.status = :open"
                + " ORDER BY p.id",
            PendingClaim.class)
        .setParameter("claim", claimId)
        .setParameter("open", PendingClaimStatus.OPEN)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  public List<PendingClaim> lockOpenRecordsOfParticipant(Long participantId) {
    return em.createQuery(
            "SELECT p FROM PendingClaim p WHERE p.participantId = :participant"
                + " AND p.status = :open ORDER BY p.id",
            PendingClaim.class)
        .setParameter("participant", participantId)
        .setParameter("open", PendingClaimStatus.OPEN)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  public PendingClaim lockRecord(Long pendingClaimId) {
    return em.find(PendingClaim.class, pendingClaimId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** The draft a record belongs to, read without loading (and caching) the record. */
  public Optional<Long> claimIdOfRecord(Long pendingClaimId) {
    List<?> rows =
        em.createNativeQuery(PendingSql.CLAIM_OF_RECORD)
            .setParameter(1, pendingClaimId)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(SqlTime.id(rows.get(0)));
  }

  /** The participant's open draft, if any (at most one open claim per person). */
  public Optional<Long> openDraftOf(Long participantId) {
    List<?> rows =
        em.createNativeQuery(PendingSql.OPEN_DRAFT_OF)
            .setParameter(1, participantId)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(SqlTime.id(rows.get(0)));
  }

  /** Drafts of the participant that OPEN records point to (normally just the open draft). */
  public List<Long> claimsOfOpenRecords(Long participantId) {
    List<?> rows =
        em.createNativeQuery(PendingSql.CLAIMS_OF_OPEN_RECORDS)
            .setParameter(1, participantId)
            .getResultList();
    return rows.stream().map(SqlTime::id).toList();
  }

  /** NIK, KPJ and home branch of a draft's participant and membership. */
  public record Holder(String nik, String kpj, Long homeBranchId) {}

  public Holder holder(Long participantId, Long membershipId) {
    Object[] r =
        (Object[])
            em.createNativeQuery(PendingSql.HOLDER)
                .setParameter(1, participantId)
                .setParameter(2, membershipId)
                .getSingleResult();
    return new Holder((String) r[0], (String) r[1], SqlTime.id(r[2]));
  }

  /** Cancels a draft that is still a draft: it no longer blocks anything, here or elsewhere. */
  public static boolean cancelIfDraft(Claim claim, Instant now) {
    if (claim.getStatus() != ClaimStatus.DRAFT) {
      return false;
    }
    claim.cancel(now);
    return true;
  }
}
