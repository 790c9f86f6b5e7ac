package id.jht.portal.application.pendingclaim;

import id.jht.portal.domain.model.branch.BranchOffices;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.participant.Participants;
import id.jht.portal.domain.model.pendingclaim.PendingClaim;
import id.jht.portal.domain.model.pendingclaim.PendingClaimStatus;
import id.jht.portal.domain.model.pendingclaim.PendingClaims;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One unit of the registry's scheduled work per call, each in a short transaction of its own: a
 * failure (or a lock wait) on one draft never holds up or rolls back the others.
 *
 * <p>Every step re-checks its condition under the row locks, so when several nodes (or the timer
 * and the session listener) reach the same draft at the same moment, the first records and the
 * others find nothing left to do; the unique key on (claim_id, abandon_no) backs this up.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PendingClaimWork {

  @Inject PendingClaims repository;
  @Inject JobWatermarks watermarks;
  @Inject Participants participants;
  @Inject BranchOffices branches;
  @Inject PendingClaimSettings settings;
  @Inject PendingClaimMetrics metrics;
  @Inject PendingMails mails;

  /**
   * Records the abandonment of a draft.
   *
   * @param idleCutoff when not null, the draft must have had no activity after this instant (the
   *     detector); null when the participant's session has just ended
   * @return true when this call created the record
   */
  public boolean recordAbandonment(Long claimId, Instant idleCutoff, Instant now) {
    boolean recorded = record(claimId, idleCutoff, now);
    if (recorded) {
      metrics.draftDetected();
    }
    return recorded;
  }

  /**
   * Records the abandonment of several idle drafts in one transaction: one commit for many drafts
   * instead of one each (the detector's cost per draft was mostly its commit). Drafts are locked in
   * the order given, ascending ids, so two nodes working on the same drafts wait for each other
   * instead of deadlocking. A failure rolls back the whole chunk; the caller then records its
   * drafts one at a time. Metrics are the caller's, after the commit.
   *
   * @return how many records this call created
   */
  public int recordAbandonments(List<Long> claimIds, Instant idleCutoff, Instant now) {
    int recorded = 0;
    for (Long claimId : claimIds) {
      if (record(claimId, idleCutoff, now)) {
        recorded++;
      }
    }
    return recorded;
  }

  private boolean record(Long claimId, Instant idleCutoff, Instant now) {
    Optional<PendingClaims.DraftRow> locked = repository.lockDraftRow(claimId);
    if (locked.isEmpty()) {
      return false;
    }
    PendingClaims.DraftRow draft = locked.get();
    if (draft.status() != ClaimStatus.DRAFT) {
      return false;
    }
    if (idleCutoff != null && draft.lastActivityAt().isAfter(idleCutoff)) {
      return false;
    }
    if (!repository.lockOpenRecordsOfClaim(claimId).isEmpty()) {
      return false;
    }
    int number = draft.abandonCount() + 1;
    repository.setAbandonCount(claimId, number);
    PendingClaims.Holder holder = repository.holder(draft.participantId(), draft.membershipId());
    Long branchId = draft.branchId() != null ? draft.branchId() : holder.homeBranchId();
    repository.add(
        new PendingClaim(
            claimId,
            number,
            draft.participantId(),
            holder.nik(),
            holder.kpj(),
            draft.reason(),
            branchId,
            now,
            settings.rules().expiresAt(now)));
    return true;
  }

  /** Ids of drafts whose last activity lies in the window, after {@code afterId}, by id. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Long> draftsIdleIn(AbandonmentRules.Window window, Long afterId, int limit) {
    return repository.draftsIdleIn(window.fromExclusive(), window.toInclusive(), afterId, limit);
  }

  /** Where the detector stopped last time, if it ever ran. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Instant> watermark(String job) {
    return watermarks.watermark(job);
  }

  /** Where a first run starts: just before the oldest draft's last activity. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Instant> oldestDraftActivity() {
    return repository.oldestDraftActivity();
  }

  /** Moves the mark forward only: a slower node finishing an older interval never moves it back. */
  public void advanceWatermark(String job, Instant mark) {
    watermarks.advance(job, mark);
  }

  /** OPEN records expiring within the reminder horizon that have not been reminded, by id. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Long> remindersDue(Instant now, Long afterId, int limit) {
    return repository.remindersDue(now, settings.rules().reminderHorizon(now), afterId, limit);
  }

  /** OPEN records past their expiry, by id. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Long> expiriesDue(Instant now, Long afterId, int limit) {
    return repository.expiriesDue(now, afterId, limit);
  }

  /** Queues the reminder for one record; true when this call did. */
  public boolean remind(Long pendingClaimId, Instant now) {
    Optional<Long> claimId = repository.claimIdOfRecord(pendingClaimId);
    if (claimId.isEmpty()) {
      return false;
    }
    repository.lockClaims(List.of(claimId.get()));
    PendingClaim record = repository.lockRecord(pendingClaimId);
    if (!record.isOpen()
        || record.isReminderSent()
        || !settings.rules().isReminderDue(record.getExpiresAt(), now)) {
      return false;
    }
    record.markReminderSent();
    mails.reminder(
        participants.find(record.getParticipantId()).orElseThrow(),
        branches.find(record.getBranchId()).orElseThrow(),
        record.getExpiresAt());
    metrics.reminderSent();
    return true;
  }

  /** Expires one record and releases its draft; true when this call did. */
  public boolean expire(Long pendingClaimId, Instant now) {
    Optional<Long> claimId = repository.claimIdOfRecord(pendingClaimId);
    if (claimId.isEmpty()) {
      return false;
    }
    List<Claim> drafts = repository.lockClaims(List.of(claimId.get()));
    PendingClaim record = repository.lockRecord(pendingClaimId);
    if (!record.isOpen() || !settings.rules().isExpired(record.getExpiresAt(), now)) {
      return false;
    }
    record.close(PendingClaimStatus.EXPIRED, now, PendingClaimService.SYSTEM, null);
    drafts.forEach(draft -> Drafts.cancelIfDraft(draft, now));
    mails.expired(
        participants.find(record.getParticipantId()).orElseThrow(),
        branches.find(record.getBranchId()).orElseThrow());
    metrics.recordExpired();
    return true;
  }
}
