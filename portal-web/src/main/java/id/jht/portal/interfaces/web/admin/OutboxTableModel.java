package id.jht.portal.interfaces.web.admin;

import id.jht.portal.application.admin.MailRow;
import id.jht.portal.application.admin.OutboxAdministration;
import id.jht.portal.interfaces.web.support.RowsById;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * The outbox, page by page, newest first; every page is checked by {@link OutboxAdministration}.
 */
public class OutboxTableModel extends RowsById<MailRow> {

  private static final long serialVersionUID = 1L;

  private final OutboxAdministration outbox;
  private final String status;
  private final String recipient;
  private final String clientAddress;

  OutboxTableModel(
      OutboxAdministration outbox, String status, String recipient, String clientAddress) {
    this.outbox = outbox;
    this.status = status;
    this.recipient = recipient;
    this.clientAddress = clientAddress;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, outbox.count(status, recipient, clientAddress));
  }

  @Override
  public List<MailRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return outbox.mails(status, recipient, first, pageSize, clientAddress);
  }

  @Override
  protected Object idOf(MailRow row) {
    return row.id();
  }
}
