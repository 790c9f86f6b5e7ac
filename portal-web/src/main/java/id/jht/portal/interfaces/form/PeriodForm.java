package id.jht.portal.interfaces.form;

import java.io.Serializable;

/**
 * A period as an administrator types it into a page's filter, from and to (both days included),
 * before it is read as dates: the audit trail's search and the dashboard's range.
 */
public abstract class PeriodForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String from;
  private String to;

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
