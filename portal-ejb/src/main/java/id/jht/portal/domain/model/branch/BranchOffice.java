package id.jht.portal.domain.model.branch;

import id.jht.portal.domain.model.entity.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.ZoneId;

/**
 * A branch office (kantor cabang): every claim and every queue belongs to one. The portal's one
 * model of a branch: administrators change it through JPA; the queue and the service calendar read
 * it with JDBC in the unit of work of the allocation's row lock ({@link #detached}). Serializable,
 * because pages keep the branch they show in their view state.
 */
@Entity
@Table(name = "branch_office")
public class BranchOffice extends VersionedEntity implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final double EARTH_RADIUS_KM = 6371.0;

  private String code;
  private String name;
  private String address;
  private String city;
  private String province;
  private String timeZone;
  private BigDecimal latitude;
  private BigDecimal longitude;
  private boolean active;

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

  /**
   * A branch as read outside the persistence context (the service calendar's JDBC): a detached copy
   * for reading, never merged.
   */
  public static BranchOffice detached(
      long id,
      String code,
      String name,
      String address,
      String city,
      String province,
      ZoneId timeZone,
      BigDecimal latitude,
      BigDecimal longitude,
      boolean active) {
    BranchOffice branch =
        new BranchOffice(code, name, address, city, province, timeZone, latitude, longitude);
    branch.detachedWithId(id);
    branch.active = active;
    return branch;
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

  /** Great-circle distance in kilometres, for "nearest branch first". */
  public double distanceKm(BranchOffice other) {
    return distanceKm(other.latitude.doubleValue(), other.longitude.doubleValue());
  }

  /** Great-circle distance in kilometres to a position, e.g. the participant's. */
  public double distanceKm(double otherLatitude, double otherLongitude) {
    double lat1 = Math.toRadians(latitude.doubleValue());
    double lat2 = Math.toRadians(otherLatitude);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(otherLongitude - longitude.doubleValue());
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }
}
