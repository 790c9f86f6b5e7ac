package id.jht.portal.infrastructure.persistence.pendingclaim;

import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.pendingclaim.PendingClaim;
import id.jht.portal.domain.model.pendingclaim.PendingClaimStatus;
import id.jht.portal.domain.model.pendingclaim.PendingClaims;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import id.jht.portal.infrastructure.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
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
public class JpaPendingClaims extends JpaRepository implements PendingClaims {

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
            SqlValues.id(r[0]),
            ClaimStatus.valueOf((String) r[1]),
            ((Number) r[2]).intValue(),
            SqlValues.instant(r[3]),
            SqlValues.id(r[4]),
            SqlValues.id(r[5]),
            (String) r[6],
            SqlValues.id(r[7])));
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
    return lockOpenRecordsWhere("claimId", claimId);
  }

  @Override
  public List<PendingClaim> lockOpenRecordsOfParticipant(Long participantId) {
    return lockOpenRecordsWhere("participantId", participantId);
  }

  /** The OPEN records whose field (a constant of this class, never input) holds the id, locked. */
  private List<PendingClaim> lockOpenRecordsWhere(String field, Long id) {
    return em.createQuery(
            "SELECT p FROM PendingClaim p WHERE p."
                + field
                + " = :owner AND p.status = :open ORDER BY p.id",
            PendingClaim.class)
        .setParameter("owner", id)
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
    return firstId(
        em.createNativeQuery(PendingSql.CLAIM_OF_RECORD).setParameter(1, pendingClaimId));
  }

  @Override
  public Optional<Long> openDraftOf(Long participantId) {
    return firstId(em.createNativeQuery(PendingSql.OPEN_DRAFT_OF).setParameter(1, participantId));
  }

  @Override
  public List<Long> claimsOfOpenRecords(Long participantId) {
    return ids(
        em.createNativeQuery(PendingSql.CLAIMS_OF_OPEN_RECORDS).setParameter(1, participantId));
  }

  @Override
  public Holder holder(Long participantId, Long membershipId) {
    Object[] r =
        (Object[])
            em.createNativeQuery(PendingSql.HOLDER)
                .setParameter(1, participantId)
                .setParameter(2, membershipId)
                .getSingleResult();
    return new Holder(Nik.stored((String) r[0]), Kpj.stored((String) r[1]), SqlValues.id(r[2]));
  }

  @Override
  public void add(PendingClaim record) {
    em.persist(record);
    em.flush();
  }

  @Override
  public List<Long> draftsIdleIn(
      Instant fromExclusive, Instant toInclusive, Long afterId, int limit) {
    return idsOf(PendingSql.draftsIdleIn(limit), fromExclusive, toInclusive, afterId);
  }

  @Override
  public Optional<Instant> oldestDraftActivity() {
    List<?> rows = em.createNativeQuery(PendingSql.OLDEST_DRAFT_ACTIVITY).getResultList();
    return rows.isEmpty() || rows.get(0) == null
        ? Optional.empty()
        : Optional.of(SqlValues.instant(rows.get(0)));
  }

  @Override
  public List<Long> remindersDue(Instant now, Instant horizon, Long afterId, int limit) {
    return idsOf(PendingSql.remindersDue(limit), now, horizon, afterId);
  }

  /** One page of ids of a native query whose parameters are two instants, then the last id seen. */
  private List<Long> idsOf(String sql, Instant first, Instant second, Long afterId) {
    return ids(
        em.createNativeQuery(sql)
            .setParameter(1, SqlValues.utc(first))
            .setParameter(2, SqlValues.utc(second))
            .setParameter(3, afterId));
  }

  @Override
  public List<Long> expiriesDue(Instant now, Long afterId, int limit) {
    return ids(
        em.createNativeQuery(PendingSql.expiriesDue(limit))
            .setParameter(1, SqlValues.utc(now))
            .setParameter(2, afterId));
  }
}
