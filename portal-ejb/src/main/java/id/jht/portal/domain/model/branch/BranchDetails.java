package id.jht.portal.domain.model.branch;

import java.math.BigDecimal;

/**
 * What an administrator may change about a branch office after it exists: everything but its code,
 * which is part of every queue number it has issued.
 *
 * @param zone the time zone's id, one of Indonesia's three
 */
public record BranchDetails(
    String name,
    String address,
    String city,
    String province,
    String zone,
    BigDecimal latitude,
    BigDecimal longitude) {

  /** "name | address | city | province | zone": how the audit trail shows a branch. */
  public String summary() {
    return String.join(" | ", name, address, city, province, zone);
  }
}
