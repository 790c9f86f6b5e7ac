package id.jht.portal.interfaces.web.support;

import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * A lazily loaded table whose rows are told apart by their database id: the row key a selection or
 * an expansion sends back is that id, and the row is looked up again in the page on screen only
 * (never loaded anew, so a key from another page or a forged one finds nothing).
 */
public abstract class RowsById<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The row's database id. */
  protected abstract Object idOf(T row);

  @Override
  public String getRowKey(T row) {
    return String.valueOf(idOf(row));
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> page = getWrappedData();
    if (page == null) {
      return null;
    }
    return page.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
  }
}
