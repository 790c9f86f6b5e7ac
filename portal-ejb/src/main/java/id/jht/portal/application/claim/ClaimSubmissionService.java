package id.jht.portal.application.claim;

import id.jht.portal.application.pendingclaim.PendingClaimService;
import id.jht.portal.application.queue.AllocationOutcome;
import id.jht.portal.application.queue.Alternative;
import id.jht.portal.application.queue.QueueAllocationService;
import id.jht.portal.application.schedule.ScheduleService;
import id.jht.portal.application.schedule.SessionAvailability;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.branch.BranchOffices;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimEvent;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.claim.Claims;
import id.jht.portal.domain.model.claim.DocumentType;
import id.jht.portal.domain.model.claim.EligibilityRules;
import id.jht.portal.domain.model.queue.ClaimTickets;
import id.jht.portal.domain.model.queue.QueueTicket;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Steps 5 and 6: the branch and schedule, then the submission that turns the draft into a claim
 * with a queue number, in one transaction. A double click, a second tab or a retry after a lost
 * answer all get the one ticket the first submission took.
 */
@Stateless
public class ClaimSubmissionService {

  @Inject Claims claims;
  @Inject ClaimTickets tickets;
  @Inject BranchOffices branches;
  @Inject Clock clock;
  @Inject ScheduleService schedule;
  @Inject QueueAllocationService queue;
  @Inject PendingClaimService pendingClaims;
  @Inject Event<ClaimBooked> booked;
  @Inject ClaimDocuments documents;
  @Inject EligibilityRules rules;

  /** Step 5: a branch, one of its next working days and a session. */
  public void chooseSchedule(
      Long claimId, Long participantId, Long branchId, LocalDate date, String sessionCode) {
    Claim claim = OwnedClaims.lockDraft(claims, claimId, participantId);
    ClaimDraftService.requireStep(claim, 5);
    ValidationFailedException.Collector errors = new ValidationFailedException.Collector();
    BranchOffice branch = branchId == null ? null : branches.find(branchId).orElse(null);
    if (branch == null || !branch.isActive()) {
      errors.add("branch", Message.of("wizard.schedule.branch.required"));
      errors.throwIfAny();
    }
    if (date == null || !schedule.bookableDays(branchId).contains(date)) {
      errors.add("date", Message.of("wizard.schedule.date.required"));
    }
    if (sessionCode == null || sessionCode.isBlank()) {
      errors.add("session", Message.of("wizard.schedule.session.required"));
    }
    errors.throwIfAny();
    Optional<SessionAvailability> session =
        schedule.sessions(branchId, date).stream()
            .filter(s -> s.code().equals(sessionCode))
            .findFirst();
    if (session.isEmpty()) {
      throw ClaimDraftService.single("session", Message.of("wizard.schedule.session.required"));
    }
    if (!session.get().hasRoom()) {
      throw ClaimDraftService.single("session", Message.of("wizard.schedule.session.full"));
    }
    claim.chooseSchedule(branch, date, sessionCode);
    claim.completeStep(5, clock.instant());
  }

  /** The result of a submission. */
  public sealed interface Submission {
    /** Submitted (now or by an earlier click): the claim's ticket. */
    record Booked(Long ticketId) implements Submission {}

    /** The session filled up meanwhile: nothing was written; here is where there is room. */
    record Full(Message message, List<Alternative> alternatives) implements Submission {}

    /** Refused for another reason (already booked elsewhere, day no longer bookable). */
    record Refused(Message message) implements Submission {}
  }

  /** Step 6: the declaration, then the queue number and the claim, together or not at all. */
  public Submission submit(Long claimId, Long participantId, boolean declarationAccepted) {
    Claim claim = OwnedClaims.find(claims, claimId, participantId);
    claims.lock(claim);
    if (claim.getStatus() != ClaimStatus.DRAFT) {
      return activeTicket(claimId)
          .<Submission>map(t -> new Submission.Booked(t.getId()))
          .orElseGet(() -> new Submission.Refused(Message.of("wizard.claim.alreadySubmitted")));
    }
    ClaimDraftService.requireStep(claim, 6);
    // A document removed after step 4 must not slip through: the set is checked again here.
    boolean npwpRequired = npwpNeeded(claim);
    List<String> uploaded = documents.list(claimId).stream().map(d -> d.documentType()).toList();
    for (DocumentType type : claim.getReason().requiredDocuments(npwpRequired)) {
      if (!uploaded.contains(type.name())) {
        throw ClaimDraftService.single(
            "document-" + type.name(),
            Message.of(
                "wizard.documents.missing",
                new ClaimDraftService.DocumentLabel("document." + type)));
      }
    }
    if (!declarationAccepted) {
      throw ClaimDraftService.single(
          "declaration", Message.of("wizard.confirm.declaration.required"));
    }
    AllocationOutcome outcome =
        queue.allocate(
            claimId,
            participantId,
            claim.getBranch().getId(),
            claim.getServiceDate(),
            claim.getSessionCode());
    if (outcome instanceof AllocationOutcome.Allocated allocated) {
      claim.acceptDeclaration();
      claim.submit(clock.instant());
      pendingClaims.completed(claimId);
      claims.addEvent(new ClaimEvent(claimId, "SUBMITTED", clock.instant(), "participant", null));
      claims.addEvent(
          new ClaimEvent(
              claimId,
              "QUEUED",
              clock.instant(),
              "participant",
              allocated.ticket().ticketNumber()));
      booked.fire(new ClaimBooked(claimId));
      return new Submission.Booked(allocated.ticket().ticketId());
    }
    if (outcome instanceof AllocationOutcome.SessionFull) {
      return new Submission.Full(
          outcome.message(),
          queue.alternatives(
              claim.getBranch().getId(), claim.getServiceDate(), claim.getSessionCode()));
    }
    return new Submission.Refused(outcome.message());
  }

  private boolean npwpNeeded(Claim claim) {
    return rules.policy().npwpThresholdRupiah() < claim.getMembership().getBalance();
  }

  private Optional<QueueTicket> activeTicket(Long claimId) {
    return tickets.latest(claimId);
  }
}
