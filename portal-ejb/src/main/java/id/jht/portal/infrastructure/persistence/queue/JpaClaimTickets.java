package id.jht.portal.infrastructure.persistence.queue;

import id.jht.portal.domain.model.queue.ClaimTickets;
import id.jht.portal.domain.model.queue.QueueTicket;
import id.jht.portal.domain.model.queue.TicketStatus;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Optional;

/** The claims' tickets as JPA entities. */
@ApplicationScoped
public class JpaClaimTickets extends JpaRepository implements ClaimTickets {

  @Override
  public Optional<QueueTicket> find(long ticketId) {
    return Optional.ofNullable(em.find(QueueTicket.class, ticketId));
  }

  @Override
  public Optional<QueueTicket> latest(long claimId) {
    return newestFirst(claimId).setMaxResults(1).getResultStream().findFirst();
  }

  @Override
  public Optional<QueueTicket> latestFresh(long claimId) {
    Optional<QueueTicket> ticket = latest(claimId);
    ticket.ifPresent(em::refresh);
    return ticket;
  }

  @Override
  public Optional<QueueTicket> latestLocked(long claimId) {
    return newestFirst(claimId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream()
        .findFirst();
  }

  private TypedQuery<QueueTicket> newestFirst(long claimId) {
    return em.createQuery(
            "SELECT t FROM QueueTicket t WHERE t.claimId = :c ORDER BY t.id DESC",
            QueueTicket.class)
        .setParameter("c", claimId);
  }

  @Override
  public void refreshLocked(QueueTicket ticket) {
    em.refresh(ticket, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Optional<QueueTicket> byBookingCode(String bookingCode) {
    return em.createQuery(
            "SELECT t FROM QueueTicket t WHERE t.bookingCode = :code", QueueTicket.class)
        .setParameter("code", bookingCode)
        .getResultStream()
        .findFirst();
  }

  @Override
  public int waitingBefore(
      long branchId, LocalDate serviceDate, String sessionCode, int sequenceNo) {
    return em.createQuery(
            "SELECT COUNT(t) FROM QueueTicket t WHERE t.branchId = :b AND t.serviceDate = :d"
                + " AND t.sessionCode = :s AND t.status = :waiting AND t.sequenceNo < :n",
            Long.class)
        .setParameter("b", branchId)
        .setParameter("d", serviceDate)
        .setParameter("s", sessionCode)
        .setParameter("waiting", TicketStatus.WAITING)
        .setParameter("n", sequenceNo)
        .getSingleResult()
        .intValue();
  }
}
