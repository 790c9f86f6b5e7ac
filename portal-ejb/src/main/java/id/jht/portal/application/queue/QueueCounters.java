package id.jht.portal.application.queue;

import id.jht.portal.infrastructure.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * Creates a session's counter row in a transaction of its own, committed before the allocating
 * transaction locks it (see {@link TicketAllocator#ensureCounter}).
 */
@Stateless
public class QueueCounters {

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  DataSource dataSource;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean ensure(long branchId, LocalDate serviceDate, String sessionCode) {
    try (Connection c = dataSource.getConnection()) {
      return TicketAllocator.ensureCounter(c, branchId, serviceDate, sessionCode);
    } catch (SQLException e) {
      throw new QueueStorageException("cannot create the queue counter", e);
    }
  }
}
