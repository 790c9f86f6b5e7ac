package id.jht.portal.application.queue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Creates a session's counter row in a transaction of its own, committed before the allocating
 * transaction locks it (see {@link TicketAllocator#ensureCounter}).
 */
@Stateless
public class QueueCounters {

  @Inject QueueRepositories repositories;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean ensure(long branchId, LocalDate serviceDate, String sessionCode) {
    return repositories.allocator().ensureCounter(branchId, serviceDate, sessionCode);
  }
}
