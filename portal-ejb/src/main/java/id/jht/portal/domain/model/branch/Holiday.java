package id.jht.portal.domain.model.branch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A national holiday: no branch serves on it. */
@Entity
@Table(name = "holiday")
public class Holiday {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "holiday_date")
  private LocalDate date;

  @Column(name = "name_id")
  private String nameId;

  @Column(name = "name_en")
  private String nameEn;

  protected Holiday() {}

  public Holiday(LocalDate date, String nameId, String nameEn) {
    this.date = date;
    this.nameId = nameId;
    this.nameEn = nameEn;
  }

  public Long getId() {
    return id;
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
