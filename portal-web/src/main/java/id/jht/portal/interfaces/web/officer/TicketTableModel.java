package id.jht.portal.interfaces.web.officer;

import id.jht.portal.application.queue.QueueBoardService;
import id.jht.portal.application.queue.TicketFilter;
import id.jht.portal.application.queue.TicketRow;
import id.jht.portal.interfaces.web.support.RowsById;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * The board's ticket table, loaded page by page from the database with the column filters (session,
 * status, part of the number) applied there. Every page goes through {@link QueueBoardService},
 * which checks the caller's access to the branch again.
 */
public class TicketTableModel extends RowsById<TicketRow> {

  private static final long serialVersionUID = 1L;

  /** A container proxy of the stateless service: serializable with the view. */
  private final QueueBoardService service;

  private final long branchId;
  private final LocalDate date;
  private final String clientAddress;

  TicketTableModel(QueueBoardService service, long branchId, LocalDate date, String clientAddress) {
    this.service = service;
    this.branchId = branchId;
    this.date = date;
    this.clientAddress = clientAddress;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return service.countTickets(branchId, date, filter(filterBy), clientAddress);
  }

  @Override
  public List<TicketRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return service.tickets(branchId, date, filter(filterBy), first, pageSize, clientAddress);
  }

  @Override
  protected Object idOf(TicketRow row) {
    return row.getId();
  }

  private static TicketFilter filter(Map<String, FilterMeta> filterBy) {
    return new TicketFilter(
        value(filterBy, "sessionCode"), value(filterBy, "status"), value(filterBy, "ticketNumber"));
  }

  private static String value(Map<String, FilterMeta> filterBy, String field) {
    FilterMeta meta = filterBy == null ? null : filterBy.get(field);
    Object value = meta == null ? null : meta.getFilterValue();
    return value == null ? null : value.toString();
  }
}
