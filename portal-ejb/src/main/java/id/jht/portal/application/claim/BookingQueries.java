package id.jht.portal.application.claim;

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
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** Reads a participant's booking: ticket, branch and session, for the confirmation page. */
@Stateless
public class BookingQueries {

  @Inject Claims claims;
  @Inject ClaimTickets tickets;
  @Inject BranchOffices branches;
  @Inject ServiceSessions sessions;

  public Optional<BookingView> booking(Long claimId, Long participantId) {
    Claim claim = OwnedClaims.find(claims, claimId, participantId);
    Optional<QueueTicket> ticket = tickets.latest(claimId);
    if (ticket.isEmpty()) {
      return Optional.empty();
    }
    QueueTicket t = ticket.get();
    BranchOffice branch = branches.find(t.getBranchId()).orElseThrow();
    ServiceSession session = sessions.find(branch.getId(), t.getSessionCode()).orElse(null);
    return Optional.of(
        new BookingView(
            claimId,
            t.getTicketNumber(),
            new BookingCode(t.getBookingCode()).formatted(),
            t.getStatus().name(),
            claim.getStatus().name(),
            branch.getCode(),
            branch.getName(),
            branch.getAddress(),
            branch.getZoneId(),
            t.getServiceDate(),
            t.getSessionCode(),
            session == null ? null : session.getStart(),
            session == null ? null : session.getEnd(),
            claim.getReason() == null ? null : claim.getReason().name(),
            claim.getPayableAmount(),
            EmailAddress.textOf(claim.getEmail())));
  }
}
