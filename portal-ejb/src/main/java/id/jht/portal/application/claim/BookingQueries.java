package id.jht.portal.application.claim;

import id.jht.portal.application.queue.BookingCode;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.branch.ServiceSession;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.queue.QueueTicket;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Reads a participant's booking: ticket, branch and session, for the confirmation page. */
@Stateless
public class BookingQueries {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  public Optional<BookingView> booking(Long claimId, Long participantId) {
    Claim claim = OwnedClaims.find(em, claimId, participantId);
    Optional<QueueTicket> ticket =
        em.createQuery(
                "SELECT t FROM QueueTicket t WHERE t.claimId = :c ORDER BY t.id DESC",
                QueueTicket.class)
            .setParameter("c", claimId)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    if (ticket.isEmpty()) {
      return Optional.empty();
    }
    QueueTicket t = ticket.get();
    BranchOffice branch = em.find(BranchOffice.class, t.getBranchId());
    ServiceSession session =
        em.createQuery(
                "SELECT s FROM ServiceSession s WHERE s.branch.id = :b AND s.code = :c",
                ServiceSession.class)
            .setParameter("b", branch.getId())
            .setParameter("c", t.getSessionCode())
            .getResultStream()
            .findFirst()
            .orElse(null);
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
            claim.getEmail()));
  }
}
