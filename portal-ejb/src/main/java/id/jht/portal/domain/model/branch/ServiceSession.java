package id.jht.portal.domain.model.branch;

import id.jht.portal.domain.model.entity.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalTime;

/** One of a branch's daily service sessions (A, B, C...) in the branch's local time. */
@Entity
@Table(name = "service_session")
public class ServiceSession extends VersionedEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "branch_id")
  private BranchOffice branch;

  @Column(name = "session_code")
  private String code;

  @Column(name = "start_time")
  private LocalTime start;

  @Column(name = "end_time")
  private LocalTime end;

  private int defaultQuota;

  protected ServiceSession() {}

  public ServiceSession(
      BranchOffice branch, String code, LocalTime start, LocalTime end, int defaultQuota) {
    this.branch = branch;
    this.code = code;
    this.start = start;
    this.end = end;
    this.defaultQuota = defaultQuota;
  }

  public BranchOffice getBranch() {
    return branch;
  }

  public String getCode() {
    return code;
  }

  public LocalTime getStart() {
    return start;
  }

  public LocalTime getEnd() {
    return end;
  }

  public int getDefaultQuota() {
    return defaultQuota;
  }

  public void setDefaultQuota(int defaultQuota) {
    if (defaultQuota < 0) {
      throw new IllegalArgumentException("quota must not be negative");
    }
    this.defaultQuota = defaultQuota;
  }
}
