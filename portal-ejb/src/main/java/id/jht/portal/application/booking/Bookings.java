package id.jht.portal.application.booking;

import id.jht.portal.application.claim.ClaimAccessDeniedException;
import id.jht.portal.application.queue.BookingCode;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.branch.BranchOffices;
import id.jht.portal.domain.model.branch.ServiceSession;
import id.jht.portal.domain.model.branch.ServiceSessions;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.Claims;
import id.jht.portal.domain.model.contact.EmailAddress;
import id.jht.portal.domain.model.queue.ClaimTickets;
import id.jht.portal.domain.model.queue.QueueTicket;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The booking use cases' reads and locks, in the caller's transaction: the one ownership check
 * (someone else's claim and no claim give the same answer) and the claim's current ticket.
 * Dependent: it lives with the bean using it and always works in that bean's transaction.
 */
@Dependent
public class Bookings {

  @Inject Claims claims;
  @Inject ClaimTickets tickets;
  @Inject BranchOffices branches;
  @Inject ServiceSessions sessions;

  /** The participant's submitted claim, read-only. */
  Claim owned(Long claimId, Long participantId) {
    return check(claims.find(claimId).orElse(null), participantId);
  }

  /** A claim and its current ticket, both row-locked and read fresh under the locks. */
  record Locked(Claim claim, Optional<QueueTicket> ticket) {}

  /**
   * Locks the participant's claim and its current ticket for a change. The ticket is locked before
   * the claim, the order in which an officer's call takes them, so a participant's change and an
   * officer's call on the same booking wait for one another instead of deadlocking; the
   * pending-claim rows, if any, come after the claim.
   */
  Locked lockOwned(Long claimId, Long participantId) {
    Claim claim = owned(claimId, participantId);
    Optional<QueueTicket> ticket = currentTicket(claimId);
    ticket.ifPresent(tickets::refreshLocked);
    claims.refreshLocked(claim);
    return new Locked(claim, ticket);
  }

  /**
   * The claim's newest ticket: after a reschedule the new one, whatever its state. Read fresh from
   * the database, because the queue allocator changes tickets with plain JDBC.
   */
  Optional<QueueTicket> currentTicket(Long claimId) {
    return tickets.latestFresh(claimId);
  }

  /** The claim's booking as shown to the participant, if the claim has a ticket. */
  Optional<BookingSnapshot> snapshot(Claim claim) {
    return currentTicket(claim.getId()).map(ticket -> snapshot(claim, ticket));
  }

  private BookingSnapshot snapshot(Claim claim, QueueTicket ticket) {
    BranchOffice branch = branches.find(ticket.getBranchId()).orElseThrow();
    Optional<ServiceSession> session = sessions.find(branch.getId(), ticket.getSessionCode());
    String given = EmailAddress.textOf(claim.getEmail());
    String recipient =
        given != null && !given.isBlank()
            ? given
            : EmailAddress.textOf(claim.getParticipant().getEmail());
    return new BookingSnapshot(
        claim.getId(),
        claim.getParticipant().getId(),
        claim.getStatus(),
        ticket.getId(),
        ticket.getTicketNumber(),
        new BookingCode(ticket.getBookingCode()),
        ticket.getStatus(),
        ticket.getSequenceNo(),
        branch.getId(),
        branch.getName(),
        branch.getAddress(),
        branch.getZoneId(),
        ticket.getServiceDate(),
        ticket.getSessionCode(),
        session.map(ServiceSession::getStart).orElse(null),
        session.map(ServiceSession::getEnd).orElse(null),
        recipient);
  }

  private static Claim check(Claim claim, Long participantId) {
    if (claim == null
        || participantId == null
        || !claim.getParticipant().getId().equals(participantId)
        || claim.isDraft()) {
      throw new ClaimAccessDeniedException();
    }
    return claim;
  }
}
