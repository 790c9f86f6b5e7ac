package id.jht.portal.interfaces.web.admin;

import id.jht.portal.application.admin.SessionRow;
import java.io.Serializable;

/** One session row of the branch page, editable in place (times as typed, hh:mm). */
public class SessionEdit implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String code;
  private String start;
  private String end;
  private String quota;

  SessionEdit(SessionRow row) {
    this.id = row.id();
    this.code = row.code();
    this.start = row.start().toString();
    this.end = row.end().toString();
    this.quota = String.valueOf(row.defaultQuota());
  }

  public long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }

  public String getQuota() {
    return quota;
  }

  public void setQuota(String quota) {
    this.quota = quota;
  }
}
