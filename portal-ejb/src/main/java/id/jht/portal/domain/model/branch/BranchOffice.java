package id.jht.portal.domain.model.branch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.ZoneId;

/** A branch office (kantor cabang): every claim and every queue belongs to one. */
@Entity
@Table(name = "branch_office")
public class BranchOffice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;
  private String address;
  private String city;
  private String province;

  @Column(name = "time_zone")
  private String timeZone;

  private BigDecimal latitude;
  private BigDecimal longitude;
  private boolean active;
  @Version private int version;

  protected BranchOffice() {}

  public BranchOffice(
      String code,
      String name,
      String address,
      String city,
      String province,
      ZoneId timeZone,
      BigDecimal latitude,
      BigDecimal longitude) {
    this.code = code;
    this.name = name;
    this.address = address;
    this.city = city;
    this.province = province;
    this.timeZone = timeZone.getId();
    this.latitude = latitude;
    this.longitude = longitude;
    this.active = true;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public String getCity() {
    return city;
  }

  public String getProvince() {
    return province;
  }

  public ZoneId getZoneId() {
    return ZoneId.of(timeZone);
  }

  public BigDecimal getLatitude() {
    return latitude;
  }

  public BigDecimal getLongitude() {
    return longitude;
  }

  public boolean isActive() {
    return active;
  }

  public void update(String name, String address, String city, String province, ZoneId zone) {
    this.name = name;
    this.address = address;
    this.city = city;
    this.province = province;
    this.timeZone = zone.getId();
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
