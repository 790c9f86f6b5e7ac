package id.jht.portal.interfaces.web.admin;

import id.jht.portal.application.admin.AuditQuery;
import id.jht.portal.application.admin.AuditRow;
import id.jht.portal.application.admin.AuditSearch;
import id.jht.portal.interfaces.web.support.RowsById;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * The audit trail, loaded page by page with the search's criteria applied in the database; every
 * page goes through {@link AuditSearch}, which checks the caller again.
 */
public class AuditTableModel extends RowsById<AuditRow> {

  private static final long serialVersionUID = 1L;

  /** A container proxy of the stateless service: serializable with the view. */
  private final AuditSearch search;

  private final AuditQuery query;
  private final String clientAddress;

  AuditTableModel(AuditSearch search, AuditQuery query, String clientAddress) {
    this.search = search;
    this.query = query;
    this.clientAddress = clientAddress;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, search.count(query, clientAddress));
  }

  @Override
  public List<AuditRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return search.find(query, first, pageSize, clientAddress);
  }

  @Override
  protected Object idOf(AuditRow row) {
    return row.id();
  }
}
