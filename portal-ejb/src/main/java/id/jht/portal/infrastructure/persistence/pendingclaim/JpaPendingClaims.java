package id.jht.portal.infrastructure.persistence.pendingclaim;

import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.pendingclaim.PendingClaim;
import id.jht.portal.domain.model.pendingclaim.PendingClaimStatus;
import id.jht.portal.domain.model.pendingclaim.PendingClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The pending-claim registry over JPA, its row reads in native SQL ({@link PendingSql}): the
 * draft's row is locked and counted without loading the {@link Claim} entity, which the
 * participant's wizard may be holding with a pending update of its own.
 */
@ApplicationScoped
public class JpaPendingClaims implements PendingClaims {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
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

  @Override
  public void setAbandonCount(Long claimId, int count) {
    em.createNativeQuery(PendingSql.SET_ABANDON_COUNT)
        .setParameter(1, count)
        .setParameter(2, claimId)
        .executeUpdate();
  }

  @Override
  public List<Claim> lockClaims(Iterable<Long> claimIds) {
    TreeSet<Long> ordered = new TreeSet<>();
    claimIds.forEach(ordered::add);
    return ordered.stream()
        .map(id -> em.find(Claim.class, id, LockModeType.PESSIMISTIC_WRITE))
        .filter(Objects::nonNull)
        .toList();
  }

  @Override
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

  @Override
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

  @Override
  public PendingClaim lockRecord(Long pendingClaimId) {
    return em.find(PendingClaim.class, pendingClaimId, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Optional<Long> claimIdOfRecord(Long pendingClaimId) {
    List<?> rows =
        em.createNativeQuery(PendingSql.CLAIM_OF_RECORD)
            .setParameter(1, pendingClaimId)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(SqlTime.id(rows.get(0)));
  }

  @Override
  public Optional<Long> openDraftOf(Long participantId) {
    List<?> rows =
        em.createNativeQuery(PendingSql.OPEN_DRAFT_OF)
            .setParameter(1, participantId)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(SqlTime.id(rows.get(0)));
  }

  @Override
  public List<Long> claimsOfOpenRecords(Long participantId) {
    List<?> rows =
        em.createNativeQuery(PendingSql.CLAIMS_OF_OPEN_RECORDS)
            .setParameter(1, participantId)
            .getResultList();
    return rows.stream().map(SqlTime::id).toList();
  }

  @Override
  public Holder holder(Long participantId, Long membershipId) {
    Object[] r =
        (Object[])
            em.createNativeQuery(PendingSql.HOLDER)
                .setParameter(1, participantId)
                .setParameter(2, membershipId)
                .getSingleResult();
    return new Holder(Nik.stored((String) r[0]), Kpj.stored((String) r[1]), SqlTime.id(r[2]));
  }

  @Override
  public void add(PendingClaim record) {
    em.persist(record);
    em.flush();
  }

  @Override
  public List<Long> draftsIdleIn(
      Instant fromExclusive, Instant toInclusive, Long afterId, int limit) {
    List<?> rows =
        em.createNativeQuery(PendingSql.draftsIdleIn(limit))
            .setParameter(1, SqlTime.utc(fromExclusive))
            .setParameter(2, SqlTime.utc(toInclusive))
            .setParameter(3, afterId)
            .getResultList();
    return rows.stream().map(SqlTime::id).toList();
  }

  @Override
  public Optional<Instant> oldestDraftActivity() {
    List<?> rows = em.createNativeQuery(PendingSql.OLDEST_DRAFT_ACTIVITY).getResultList();
    return rows.isEmpty() || rows.get(0) == null
        ? Optional.empty()
        : Optional.of(SqlTime.instant(rows.get(0)));
  }

  @Override
  public List<Long> remindersDue(Instant now, Instant horizon, Long afterId, int limit) {
    List<?> rows =
        em.createNativeQuery(PendingSql.remindersDue(limit))
            .setParameter(1, SqlTime.utc(now))
            .setParameter(2, SqlTime.utc(horizon))
            .setParameter(3, afterId)
            .getResultList();
    return rows.stream().map(SqlTime::id).toList();
  }

  @Override
  public List<Long> expiriesDue(Instant now, Long afterId, int limit) {
    List<?> rows =
        em.createNativeQuery(PendingSql.expiriesDue(limit))
            .setParameter(1, SqlTime.utc(now))
            .setParameter(2, afterId)
            .getResultList();
    return rows.stream().map(SqlTime::id).toList();
  }
}
