package id.jht.portal.application.admin;

import java.io.Serializable;
import java.math.BigDecimal;

/** A branch office as the administration pages list and edit it. */
public record BranchRow(
    long id,
    String code,
    String name,
    String address,
    String city,
    String province,
    String zone,
    BigDecimal latitude,
    BigDecimal longitude,
    boolean active)
    implements Serializable {

  public BranchForm toForm() {
    return new BranchForm(code, name, address, city, province, zone, latitude, longitude);
  }
}
