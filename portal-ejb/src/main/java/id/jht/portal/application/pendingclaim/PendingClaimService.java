package id.jht.portal.application.pendingclaim;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.staff.StaffIdentity;
import id.jht.portal.domain.model.branch.BranchOffices;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.participant.Participants;
import id.jht.portal.domain.model.pendingclaim.PendingClaim;
import id.jht.portal.domain.model.pendingclaim.PendingClaimStatus;
import id.jht.portal.domain.model.pendingclaim.PendingClaims;
import id.jht.portal.domain.model.staff.StaffRole;
import id.jht.portal.domain.shared.InvalidValueException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the participant, the wizard and officers do with pending claims. Every method runs in the
 * caller's transaction (or its own), takes the row locks in the registry's lock order, and gets
 * "now" from the injected {@link Clock}.
 */
@Stateless
public class PendingClaimService {

  /** {@code closed_by} of what the portal did by itself. */
  public static final String SYSTEM = "system";

  /** {@code closed_by} of what the participant did. */
  public static final String PARTICIPANT = "participant";

  static final int MAX_REASON = 500;
  private static final Logger LOG = Logger.getLogger(PendingClaimService.class.getName());

  @Inject Clock clock;
  @Inject PendingClaims repository;
  @Inject PendingClaimQueries queries;
  @Inject Participants participants;
  @Inject BranchOffices branches;
  @Inject PendingClaimWork work;
  @Inject ParticipantRelease release;
  @Inject PendingMails mails;
  @Inject AuditTrail audit;

  /**
   * The participant left the wizard on purpose: an open draft without a queue number is abandoned
   * now rather than when the detector finds it idle for 30 minutes (participants keep no HTTP
   * session whose end could say so). Never throws: leaving must always work.
   *
   * @return true when a pending-claim record was created
   */
  // Outside any transaction of its own, so that a failure cannot surface as a rollback at commit.
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean sessionEnded(Long participantId) {
    if (participantId == null) {
      return false;
    }
    try {
      Optional<Long> draft = repository.openDraftOf(participantId);
      return draft.isPresent() && work.recordAbandonment(draft.get(), null, clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record the abandonment of a draft at session end", e);
      return false;
    }
  }

  /**
   * The participant came back and continues the draft: its OPEN records become RESUMED and the
   * draft counts as active again.
   *
   * @return the draft to continue, if the participant has one
   */
  public Optional<Long> resume(Long participantId) {
    Optional<Long> draftId = repository.openDraftOf(participantId);
    if (draftId.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    List<Claim> drafts = repository.lockClaims(List.of(draftId.get()));
    if (drafts.isEmpty() || !drafts.get(0).isDraft()) {
      return Optional.empty();
    }
    for (PendingClaim record : repository.lockOpenRecordsOfClaim(draftId.get())) {
      record.close(PendingClaimStatus.RESUMED, now, PARTICIPANT, null);
    }
    drafts.get(0).touch(now);
    return draftId;
  }

  /**
   * The draft got its queue number (call in the same transaction as the submission): OPEN records
   * of it become COMPLETED.
   *
   * @return how many records were closed
   */
  public int completed(Long claimId) {
    Instant now = clock.instant();
    List<PendingClaim> open = repository.lockOpenRecordsOfClaim(claimId);
    for (PendingClaim record : open) {
      record.close(PendingClaimStatus.COMPLETED, now, PARTICIPANT, null);
    }
    return open.size();
  }

  /**
   * The participant cancels: every OPEN record becomes CANCELLED_BY_PARTICIPANT and the open draft
   * is cancelled, which releases the block for every channel at once.
   *
   * @return how many records were closed (the draft is cancelled even when there were none)
   */
  public int cancelByParticipant(Long participantId) {
    return release.releaseAll(participantId, PARTICIPANT, null, clock.instant()).recordsClosed();
  }

  /**
   * An officer cancels an OPEN record with a reason: audited, the draft is cancelled and the
   * participant is e-mailed. Officers and supervisors act on their own branch only.
   *
   * @throws InvalidValueException field {@code reason}: {@code pending.cancel.reasonRequired} or
   *     {@code pending.cancel.reasonTooLong}
   * @throws PendingClaimAccessDeniedException for a record of another branch
   */
  public OfficerCancelOutcome cancelByOfficer(
      Long pendingClaimId, String reason, StaffIdentity officer, String clientAddress) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw InvalidValueException.of("reason", "pending.cancel.reasonRequired");
    }
    if (why.length() > MAX_REASON) {
      throw InvalidValueException.of("reason", "pending.cancel.reasonTooLong", MAX_REASON);
    }
    Optional<Long> claimId = repository.claimIdOfRecord(pendingClaimId);
    if (claimId.isEmpty()) {
      return OfficerCancelOutcome.NOT_FOUND;
    }
    List<Claim> drafts = repository.lockClaims(List.of(claimId.get()));
    PendingClaim record = repository.lockRecord(pendingClaimId);
    if (!officer.mayAccessBranch(record.getBranchId())) {
      throw new PendingClaimAccessDeniedException(officer.username(), pendingClaimId);
    }
    if (!record.isOpen()) {
      return OfficerCancelOutcome.ALREADY_CLOSED;
    }
    Instant now = clock.instant();
    record.close(PendingClaimStatus.CANCELLED_BY_OFFICER, now, officer.username(), why);
    drafts.forEach(draft -> Drafts.cancelIfDraft(draft, now));
    audit.record(
        new AuditTrail.Actor(
            officer.username(), officer.role().name(), officer.branchId(), clientAddress),
        "PENDING_CLAIM_CANCEL",
        "pending_claim",
        pendingClaimId,
        why);
    mails.cancelledByOfficer(
        participants.find(record.getParticipantId()).orElseThrow(),
        branches.find(record.getBranchId()).orElseThrow(),
        why);
    return OfficerCancelOutcome.CANCELLED;
  }

  /** The participant's OPEN records, for the page that offers resume or cancel. */
  public List<PendingClaimView> openRecordsOf(Long participantId) {
    return queries.openRecordsOf(participantId);
  }

  /**
   * Records an officer may see: their branch's (administrators: all), newest first.
   *
   * @param status only this status, or all when null
   * @param minAge only records at least this old, or all when null
   */
  public List<PendingClaimView> list(
      StaffIdentity viewer, PendingClaimStatus status, Duration minAge, int first, int max) {
    Long branchId = null;
    if (viewer.role() != StaffRole.ADMINISTRATOR) {
      if (viewer.branchId() == null) {
        return List.of();
      }
      branchId = viewer.branchId();
    }
    Instant createdAtOrBefore = minAge == null ? null : clock.instant().minus(minAge);
    return queries.list(branchId, status, createdAtOrBefore, first, max);
  }
}
