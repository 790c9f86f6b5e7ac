package id.jht.portal.interfaces.web.admin;

import id.jht.portal.application.admin.MailRow;
import id.jht.portal.application.admin.OutboxAdministration;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The outbox, page by page, newest first; every page is checked by {@link OutboxAdministration}.
 */
public class OutboxTableModel extends LazyDataModel<MailRow> {

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
  public String getRowKey(MailRow row) {
    return String.valueOf(row.id());
  }

  @Override
  public MailRow getRowData(String rowKey) {
    List<MailRow> page = getWrappedData();
    if (page == null) {
      return null;
    }
    return page.stream()
        .filter(row -> String.valueOf(row.id()).equals(rowKey))
        .findFirst()
        .orElse(null);
  }
}
