package id.jht.portal.application.verification;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.document.LocalizableText;
import id.jht.portal.application.queue.BookingCode;
import id.jht.portal.application.staff.StaffIdentity;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.branch.BranchOffices;
import id.jht.portal.domain.model.branch.ServiceSession;
import id.jht.portal.domain.model.branch.ServiceSessions;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimDocument;
import id.jht.portal.domain.model.claim.ClaimEvent;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.claim.Claims;
import id.jht.portal.domain.model.claim.DocumentSlots;
import id.jht.portal.domain.model.claim.ReviewStatus;
import id.jht.portal.domain.model.queue.ClaimTickets;
import id.jht.portal.domain.model.queue.NoShowRule;
import id.jht.portal.domain.model.queue.QueueTicket;
import id.jht.portal.domain.model.queue.TicketStatus;
import id.jht.portal.domain.model.staff.StaffRole;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The officers' decisions on a claim: start verification, the document checklist, ask for
 * documents, approve, reject, no-show, and (supervisors and administrators) paid.
 *
 * <p>Every action runs the same way: lock the claim's row, check the caller may work its branch
 * (refusals audited), check the claim is still at the version the officer's page showed, check the
 * action is allowed in the claim's state, then change, write the timeline event and the audit line
 * (who, what, why) in the one transaction. Of two officers deciding at once the second waits for
 * the first's lock, finds a newer version and is told who decided; nothing of theirs is saved.
 */
@Stateless
public class ClaimDecisionService {

  static final int MAX_REASON_LENGTH = 500;

  @Inject Claims claims;
  @Inject DocumentSlots slots;
  @Inject ClaimTickets tickets;
  @Inject BranchOffices branches;
  @Inject ServiceSessions sessions;
  @Inject StaffGate gate;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject VerificationMails mails;

  /** CALLED (or DOCUMENTS_REQUESTED, after a re-upload) to IN_VERIFICATION. */
  public DecisionOutcome startVerification(long claimId, int seenVersion, String clientAddress) {
    return move(
        claimId,
        seenVersion,
        Decision.START_VERIFICATION,
        clientAddress,
        "verification.start.done");
  }

  /** Saves the checklist: each document accepted, or to be uploaded again with the reason. */
  public DecisionOutcome saveChecklist(
      long claimId, int seenVersion, List<DocumentCheck> checks, String clientAddress) {
    return decideAfterChecks(
        claimId,
        seenVersion,
        Decision.REVIEW_DOCUMENTS,
        checks,
        clientAddress,
        c -> DecisionOutcome.done("verification.checklist.saved"));
  }

  /**
   * Saves the checklist, then asks the participant to upload again every document marked so: the
   * claim goes to DOCUMENTS_REQUESTED, the ticket stays (the participant keeps it), and a mail
   * lists the documents with the reasons and points to the status page and the booking code.
   */
  public DecisionOutcome requestDocuments(
      long claimId, int seenVersion, List<DocumentCheck> checks, String clientAddress) {
    return decideAfterChecks(
        claimId,
        seenVersion,
        Decision.REQUEST_DOCUMENTS,
        checks,
        clientAddress,
        c -> {
          List<VerificationMails.Reupload> reuploads = new ArrayList<>();
          for (ClaimDocument d : slots.ofLocked(c.claim().getId())) {
            if (d.getReviewStatus() == ReviewStatus.REUPLOAD) {
              reuploads.add(
                  new VerificationMails.Reupload(d.getDocumentType().name(), d.getReviewNote()));
            }
          }
          if (reuploads.isEmpty()) {
            return refuse(
                c, Decision.REQUEST_DOCUMENTS, "verification.requestDocuments.noneMarked");
          }
          boolean mailed =
              mails.documentsRequested(
                  ClaimRecords.recipient(c.claim()),
                  c.claim().getParticipant().getFullName().value(),
                  ticketNumber(c),
                  bookingCode(c),
                  c.claim().getBranch().getName(),
                  reuploads);
          String types =
              String.join(
                  ", ", reuploads.stream().map(VerificationMails.Reupload::documentType).toList());
          StringBuilder why = new StringBuilder();
          for (VerificationMails.Reupload r : reuploads) {
            why.append(r.documentType()).append(": ").append(r.reason()).append("; ");
          }
          why.append(mailed ? "participant mailed" : "no e-mail address: not mailed");
          finish(c, Decision.REQUEST_DOCUMENTS, types, why.toString());
          return mailed
              ? DecisionOutcome.done("verification.requestDocuments.done")
              : DecisionOutcome.done("verification.requestDocuments.doneNoMail");
        });
  }

  /** Saves the checklist, then approves when every document is accepted; the ticket is served. */
  public DecisionOutcome approve(
      long claimId, int seenVersion, List<DocumentCheck> checks, String clientAddress) {
    return decideAfterChecks(
        claimId,
        seenVersion,
        Decision.APPROVE,
        checks,
        clientAddress,
        c -> {
          for (ClaimDocument d : slots.ofLocked(c.claim().getId())) {
            if (d.getReviewStatus() != ReviewStatus.ACCEPTED) {
              return refuse(
                  c,
                  Decision.APPROVE,
                  "verification.approve.documentNotAccepted",
                  LocalizableText.of("document." + d.getDocumentType()));
            }
          }
          serveTicket(c);
          finish(c, Decision.APPROVE, null, "ticket " + ticketNumber(c) + " served");
          mails.approved(
              ClaimRecords.recipient(c.claim()),
              c.claim().getParticipant().getFullName().value(),
              ticketNumber(c),
              c.claim().getPayableAmount());
          return DecisionOutcome.done("verification.approve.done");
        });
  }

  /** Rejects with a reason the participant is told; the ticket is served. */
  public DecisionOutcome reject(
      long claimId, int seenVersion, String reason, String clientAddress) {
    String why = reason == null ? "" : reason.strip();
    return decide(
        claimId,
        seenVersion,
        Decision.REJECT,
        clientAddress,
        c -> {
          if (why.isEmpty()) {
            return DecisionOutcome.refused("verification.reject.reasonRequired");
          }
          if (why.length() > MAX_REASON_LENGTH) {
            return DecisionOutcome.refused(
                "verification.reasonTooLong", Integer.toString(MAX_REASON_LENGTH));
          }
          serveTicket(c);
          finish(c, Decision.REJECT, why, "reason: " + why);
          mails.rejected(
              ClaimRecords.recipient(c.claim()),
              c.claim().getParticipant().getFullName().value(),
              ticketNumber(c),
              why);
          return DecisionOutcome.done("verification.reject.done");
        });
  }

  /**
   * The participant did not come: the ticket ends as NO_SHOW and frees the person for a new
   * booking; the claim keeps its state. The same effect and audit action as no-show on the queue
   * board.
   */
  public DecisionOutcome markNoShow(long claimId, int seenVersion, String clientAddress) {
    return decide(
        claimId,
        seenVersion,
        Decision.NO_SHOW,
        clientAddress,
        c -> {
          Optional<Message> refusal = noShowRefusal(c);
          if (refusal.isPresent()) {
            return new DecisionOutcome(DecisionOutcome.Kind.REFUSED, refusal.get());
          }
          c.ticket().close(TicketStatus.NO_SHOW);
          claims.touchVersion(c.claim());
          claims.addEvent(
              new ClaimEvent(c.claim().getId(), "NO_SHOW", c.now(), c.who().username(), null));
          audit.record(
              c.actor(),
              Decision.NO_SHOW.auditAction(),
              "QUEUE_TICKET",
              c.ticket().getId(),
              "claim " + c.claim().getId() + ", from the claim page");
          return DecisionOutcome.done("verification.noShow.done");
        });
  }

  /** {@link NoShowRule} for the claim's ticket, at its branch and session. */
  private Optional<Message> noShowRefusal(Context c) {
    QueueTicket ticket = c.ticket();
    BranchOffice branch = branches.find(ticket.getBranchId()).orElseThrow();
    LocalTime start =
        sessions
            .find(branch.getId(), ticket.getSessionCode())
            .map(ServiceSession::getStart)
            .orElse(null);
    return NoShowRule.refusal(ticket.getServiceDate(), start, branch.getZoneId(), c.now());
  }

  /** Supervisors and administrators: the approved benefit was paid; the claim is closed. */
  public DecisionOutcome markPaid(long claimId, int seenVersion, String clientAddress) {
    return move(claimId, seenVersion, Decision.MARK_PAID, clientAddress, "verification.paid.done");
  }

  /** A decision that only moves the claim, whose audit line names the ticket. */
  private DecisionOutcome move(
      long claimId, int seenVersion, Decision decision, String clientAddress, String doneKey) {
    return decide(
        claimId,
        seenVersion,
        decision,
        clientAddress,
        c -> {
          finish(c, decision, null, "ticket " + ticketNumber(c));
          return DecisionOutcome.done(doneKey);
        });
  }

  /** As {@link #decide}, saving the checklist first: the step runs only if every tick is valid. */
  private DecisionOutcome decideAfterChecks(
      long claimId,
      int seenVersion,
      Decision decision,
      List<DocumentCheck> checks,
      String clientAddress,
      Step step) {
    return decide(
        claimId,
        seenVersion,
        decision,
        clientAddress,
        c -> applyChecks(c, checks).orElseGet(() -> step.apply(c)));
  }

  private DecisionOutcome decide(
      long claimId, int seenVersion, Decision decision, String clientAddress, Step step) {
    StaffIdentity who = gate.caller();
    Optional<Claims.LockedHead> head = claims.lockHead(claimId);
    if (head.isEmpty()) {
      return DecisionOutcome.refused("verification.claim.notFound");
    }
    gate.requireBranch(who, head.get().branchId(), "CLAIM", claimId, clientAddress);
    AuditTrail.Actor actor = StaffGate.actor(who, clientAddress);
    if (decision.supervisorsOnly() && who.role() == StaffRole.OFFICER) {
      auditRefusal(actor, claimId, decision + ": supervisors only");
      return DecisionOutcome.refused("verification.supervisorsOnly");
    }
    Claim claim = claims.findLocked(claimId).orElseThrow();
    QueueTicket ticket = tickets.latestLocked(claimId).orElse(null);
    boolean ticketActive = ticket != null && ticket.getStatus().isActive();
    boolean allowed = decision.allowedFrom(claim.getStatus(), ticketActive);
    LocalizableText status = statusLabel(claim.getStatus());
    if (head.get().version() != seenVersion) {
      String by = claims.lastActorLocked(claimId).orElse("-");
      auditRefusal(
          actor,
          claimId,
          decision + " not saved: the claim was changed meanwhile, now " + claim.getStatus());
      return allowed
          ? DecisionOutcome.conflict("verification.conflict.changed", by)
          : DecisionOutcome.conflict("verification.conflict.decided", by, status);
    }
    if (!allowed) {
      auditRefusal(actor, claimId, decision + " not possible in state " + claim.getStatus());
      return DecisionOutcome.refused("verification.notPossible", status);
    }
    return step.apply(new Context(who, actor, claim, ticket, clock.instant()));
  }

  /**
   * Validates every tick, then saves them: a re-upload needs a reason. Nothing is saved when one is
   * wrong.
   *
   * @return the refusal, or empty when the checklist was saved (or had nothing to save)
   */
  private Optional<DecisionOutcome> applyChecks(Context c, List<DocumentCheck> checks) {
    Map<Long, ClaimDocument> documents = new HashMap<>();
    for (ClaimDocument d : slots.ofLocked(c.claim().getId())) {
      documents.put(d.getId(), d);
    }
    ChecklistReview.Outcome review = ChecklistReview.of(documents, checks, MAX_REASON_LENGTH);
    if (review.refusal().isPresent()) {
      return review.refusal();
    }
    List<DocumentCheck> changes = review.changes();
    if (changes.isEmpty()) {
      return Optional.empty();
    }
    String detail = ChecklistReview.apply(documents, changes);
    c.claim().touch(c.now());
    claims.touchVersion(c.claim());
    audit.record(
        c.actor(),
        Decision.REVIEW_DOCUMENTS.auditAction(),
        "CLAIM",
        c.claim().getId(),
        AuditDetails.of(detail));
    return Optional.empty();
  }

  /** Moves the claim, writes the timeline event and the audit line. */
  private void finish(Context c, Decision decision, String eventNote, String auditDetail) {
    decision.applyTo(c.claim(), c.now());
    claims.touchVersion(c.claim());
    decision
        .eventType()
        .ifPresent(
            type ->
                claims.addEvent(
                    new ClaimEvent(
                        c.claim().getId(),
                        type,
                        c.now(),
                        c.who().username(),
                        eventNote == null ? null : truncate(eventNote))));
    audit.record(
        c.actor(),
        decision.auditAction(),
        "CLAIM",
        c.claim().getId(),
        AuditDetails.of(auditDetail));
  }

  private DecisionOutcome refuse(Context c, Decision decision, String key, Object... args) {
    auditRefusal(c.actor(), c.claim().getId(), decision + " refused: " + key);
    return DecisionOutcome.refused(key, args);
  }

  /** The audit line of a decision that was not taken, with why. */
  private void auditRefusal(AuditTrail.Actor actor, long claimId, String why) {
    audit.record(actor, "CLAIM_DECISION_REFUSED", "CLAIM", claimId, why);
  }

  private static void serveTicket(Context c) {
    if (c.ticket() != null && c.ticket().getStatus().isActive()) {
      c.ticket().close(TicketStatus.SERVED);
    }
  }

  private static String ticketNumber(Context c) {
    return c.ticket() == null ? "-" : c.ticket().getTicketNumber();
  }

  private static String bookingCode(Context c) {
    if (c.ticket() == null) {
      return "-";
    }
    String stored = c.ticket().getBookingCode();
    return BookingCode.parse(stored).map(BookingCode::formatted).orElse(stored);
  }

  static LocalizableText statusLabel(ClaimStatus status) {
    return LocalizableText.of("verification.status." + status.name());
  }

  private static String truncate(String note) {
    return note.length() <= MAX_REASON_LENGTH ? note : note.substring(0, MAX_REASON_LENGTH);
  }

  /** One action's body, run after the checks, in the locked transaction. */
  @FunctionalInterface
  private interface Step {
    DecisionOutcome apply(Context c);
  }

  /** The caller, the locked claim and its newest ticket, and the action's time. */
  private record Context(
      StaffIdentity who, AuditTrail.Actor actor, Claim claim, QueueTicket ticket, Instant now) {}
}
