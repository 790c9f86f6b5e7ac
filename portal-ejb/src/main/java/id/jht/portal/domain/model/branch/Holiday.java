package id.jht.portal.domain.model.branch;

import id.jht.portal.domain.model.entity.GeneratedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A national holiday: no branch serves on it. */
@Entity
@Table(name = "holiday")
public class Holiday extends GeneratedIdEntity {

  @Column(name = "holiday_date")
  private LocalDate date;

  private String nameId;
  private String nameEn;

  protected Holiday() {}

  public Holiday(LocalDate date, String nameId, String nameEn) {
    this.date = date;
    this.nameId = nameId;
    this.nameEn = nameEn;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getNameId() {
    return nameId;
  }

  public String getNameEn() {
    return nameEn;
  }
}
