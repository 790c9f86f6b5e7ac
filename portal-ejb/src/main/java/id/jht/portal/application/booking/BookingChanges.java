package id.jht.portal.application.booking;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.application.pendingclaim.PendingClaimService;
import id.jht.portal.application.queue.AllocationOutcome;
import id.jht.portal.application.queue.QueueAllocationService;
import id.jht.portal.application.schedule.ScheduleService;
import id.jht.portal.application.schedule.SessionAvailability;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimEvent;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.claim.Claims;
import id.jht.portal.domain.model.pendingclaim.PendingClaim;
import id.jht.portal.domain.model.pendingclaim.PendingClaimStatus;
import id.jht.portal.domain.model.pendingclaim.PendingClaims;
import id.jht.portal.domain.model.queue.QueueTicket;
import id.jht.portal.domain.model.queue.TicketStatus;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the participant changes from the status page: another session or day, or a cancellation with
 * a reason. Both keep the claim with its data and documents; each runs in one transaction that
 * first locks the claim row, so two tabs or a double click cannot act twice.
 */
@Stateless
public class BookingChanges {

  static final int MAX_REASON = 500;
  static final String PARTICIPANT = "participant";

  @Inject Claims claims;
  @Inject Bookings bookings;
  @Inject QueueAllocationService queue;
  @Inject ScheduleService schedule;
  @Inject BookingNotifications notifications;
  @Inject PendingClaims pendingClaims;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** The days the booking can move to: the branch's next bookable working days. */
  public List<LocalDate> rescheduleDays(Long claimId, Long participantId) {
    Claim claim = bookings.owned(claimId, participantId);
    return claim.getBranch() == null ? List.of() : schedule.bookableDays(claim.getBranch().getId());
  }

  /** The branch's sessions on {@code date}, with the room left in each. */
  public List<SessionAvailability> sessions(Long claimId, Long participantId, LocalDate date) {
    Claim claim = bookings.owned(claimId, participantId);
    if (claim.getBranch() == null || date == null) {
      return List.of();
    }
    return schedule.sessions(claim.getBranch().getId(), date);
  }

  /**
   * Moves the waiting ticket to another session or day at the same branch: the new number is taken
   * before the old ticket is released (status RESCHEDULED, keeping its number, its place free
   * again), in this one transaction, and the booking code stays the same; the participant gets the
   * new number and receipt by e-mail. After a no-show the same step books a new number for the open
   * claim under the same code, which is queued again.
   *
   * @throws ValidationFailedException fields {@code date} or {@code session} when not chosen
   */
  public ChangeResult reschedule(
      Long claimId, Long participantId, LocalDate date, String sessionCode, String clientAddress) {
    ValidationFailedException.Collector errors = new ValidationFailedException.Collector();
    if (date == null) {
      errors.add("date", Message.of("booking.reschedule.date.required"));
    }
    if (sessionCode == null || sessionCode.isBlank()) {
      errors.add("session", Message.of("booking.reschedule.session.required"));
    }
    errors.throwIfAny();
    Bookings.Locked locked = bookings.lockOwned(claimId, participantId);
    Claim claim = locked.claim();
    Optional<QueueTicket> current = locked.ticket();
    if (current.isEmpty()
        || !BookingRules.mayReschedule(claim.getStatus(), current.get().getStatus())) {
      return ChangeResult.refused("booking.reschedule.notAllowed");
    }
    QueueTicket old = current.get();
    boolean again = BookingRules.mayBookAgain(claim.getStatus(), old.getStatus());
    if (!again && old.getServiceDate().equals(date) && old.getSessionCode().equals(sessionCode)) {
      return ChangeResult.refused("booking.reschedule.sameSlot");
    }
    AllocationOutcome outcome =
        again
            ? queue.allocateAgain(
                claimId, participantId, old.getBranchId(), date, sessionCode, old.getId())
            : queue.reschedule(participantId, old.getBranchId(), date, sessionCode);
    if (!(outcome instanceof AllocationOutcome.Allocated allocated)) {
      return ChangeResult.refused(outcome.message());
    }
    Instant now = clock.instant();
    String newNumber = allocated.ticket().ticketNumber();
    claim.chooseSchedule(claim.getBranch(), date, sessionCode);
    if (claim.getStatus() == ClaimStatus.CALLED) {
      claim.requeue(now); // called, missed, and waiting for the new call
    }
    claim.touch(now);
    claims.addEvent(
        new ClaimEvent(
            claimId, "RESCHEDULED", now, PARTICIPANT, old.getTicketNumber() + " -> " + newNumber));
    audit.record(
        actor(claim, clientAddress),
        "BOOKING_RESCHEDULE",
        "claim",
        claimId,
        old.getTicketNumber() + " -> " + newNumber);
    notifications.bookingRescheduled(claimId);
    return ChangeResult.done(
        "booking.reschedule.done", newNumber, allocated.ticket().bookingCode().formatted());
  }

  /**
   * Cancels the booking: the waiting ticket becomes CANCELLED (keeping its number, its place given
   * back to the session), the claim CANCELLED, the reason goes on the timeline, and open
   * pending-claim records of the claim are closed, so no channel sees the person as blocked any
   * more.
   *
   * @throws InvalidValueException field {@code reason}: {@code booking.cancel.reasonRequired} or
   *     {@code booking.cancel.reasonTooLong}
   */
  public ChangeResult cancel(
      Long claimId, Long participantId, String reason, String clientAddress) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw InvalidValueException.of("reason", "booking.cancel.reasonRequired");
    }
    if (why.length() > MAX_REASON) {
      throw InvalidValueException.of("reason", "booking.cancel.reasonTooLong", MAX_REASON);
    }
    Bookings.Locked locked = bookings.lockOwned(claimId, participantId);
    Claim claim = locked.claim();
    Optional<QueueTicket> current = locked.ticket();
    TicketStatus ticketStatus = current.map(QueueTicket::getStatus).orElse(null);
    if (!BookingRules.mayCancel(claim.getStatus(), ticketStatus)) {
      return ChangeResult.refused("booking.cancel.notAllowed");
    }
    Instant now = clock.instant();
    if (current.isPresent() && ticketStatus.isActive()) {
      QueueTicket ticket = current.get();
      ticket.close(TicketStatus.CANCELLED);
      queue.release(ticket.getBranchId(), ticket.getServiceDate(), ticket.getSessionCode());
    }
    claim.cancel(now);
    claims.addEvent(new ClaimEvent(claimId, "CANCELLED", now, PARTICIPANT, why));
    // The registry's lock order: the claim row (locked above), then its pending-claim rows.
    for (PendingClaim record : pendingClaims.lockOpenRecordsOfClaim(claimId)) {
      record.close(
          PendingClaimStatus.CANCELLED_BY_PARTICIPANT, now, PendingClaimService.PARTICIPANT, why);
    }
    audit.record(actor(claim, clientAddress), "BOOKING_CANCEL", "claim", claimId, why);
    notifications.bookingCancelled(claimId, why);
    return ChangeResult.done(
        "booking.cancel.done", current.map(QueueTicket::getTicketNumber).orElse(""));
  }

  /** The participant, by masked NIK only: the audit trail is read by staff. */
  private static AuditTrail.Actor actor(Claim claim, String clientAddress) {
    return new AuditTrail.Actor(
        "participant:" + claim.getParticipant().getNik().masked(),
        "PARTICIPANT",
        claim.getBranch() == null ? null : claim.getBranch().getId(),
        clientAddress);
  }
}
