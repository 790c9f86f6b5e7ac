package id.jht.portal.domain.model.pendingclaim;

import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Nik;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Repository of the pending-claim registry: its records and the row locks on the drafts they stand
 * for, in the caller's transaction.
 *
 * <p>Lock order, everywhere: first the claim row(s) in id order, then the pending-claim rows. The
 * detector, the participant and an officer can therefore act on the same draft at the same moment
 * without deadlocking, and each decides on what the previous one committed. Locks are taken with
 * {@code SELECT ... FOR UPDATE}, which on MySQL/MariaDB also reads the latest committed row, not
 * the transaction's snapshot. One record per abandonment is backed by the unique key on (claim_id,
 * abandon_no).
 */
public interface PendingClaims {

  /** The draft columns the detector decides on, read under the row lock. */
  record DraftRow(
      Long id,
      ClaimStatus status,
      int abandonCount,
      Instant lastActivityAt,
      Long participantId,
      Long membershipId,
      String reason,
      Long branchId) {}

  /** NIK, KPJ and home branch of a draft's participant and membership. */
  record Holder(Nik nik, Kpj kpj, Long homeBranchId) {}

  /** Locks a claim row without loading the entity (the wizard may hold it). */
  Optional<DraftRow> lockDraftRow(Long claimId);

  /**
   * Counts one more abandonment on the draft without touching its version, so that the wizard's own
   * pending update of the same draft does not fail on an optimistic lock.
   */
  void setAbandonCount(Long claimId, int count);

  /** Locks and loads claims in id order (the lock order), for moving them to another status. */
  List<Claim> lockClaims(Iterable<Long> claimIds);

  /** The claim's OPEN records, locked, by id. */
  List<PendingClaim> lockOpenRecordsOfClaim(Long claimId);

  /** The participant's OPEN records, locked, by id. */
  List<PendingClaim> lockOpenRecordsOfParticipant(Long participantId);

  /** The record, locked; null when there is none. */
  PendingClaim lockRecord(Long pendingClaimId);

  /** The draft a record belongs to, read without loading (and caching) the record. */
  Optional<Long> claimIdOfRecord(Long pendingClaimId);

  /** The participant's open draft, if any (at most one open claim per person). */
  Optional<Long> openDraftOf(Long participantId);

  /** Drafts of the participant that OPEN records point to (normally just the open draft). */
  List<Long> claimsOfOpenRecords(Long participantId);

  Holder holder(Long participantId, Long membershipId);

  /** Stores a new record at once, so a second record of the same abandonment fails here. */
  void add(PendingClaim record);

  /** Ids of drafts whose last activity lies in (from, to], after {@code afterId}, by id. */
  List<Long> draftsIdleIn(Instant fromExclusive, Instant toInclusive, Long afterId, int limit);

  /** The oldest last activity of any draft, if there is a draft. */
  Optional<Instant> oldestDraftActivity();

  /** OPEN records expiring in (now, horizon] that have not been reminded, after {@code afterId}. */
  List<Long> remindersDue(Instant now, Instant horizon, Long afterId, int limit);

  /** OPEN records past their expiry, after {@code afterId}, by id. */
  List<Long> expiriesDue(Instant now, Long afterId, int limit);
}
