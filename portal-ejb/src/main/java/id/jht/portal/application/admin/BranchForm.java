package id.jht.portal.application.admin;

import id.jht.portal.domain.model.branch.BranchDetails;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A branch office as an administrator types it. {@code code} is fixed once the branch exists (it is
 * part of every queue number); {@code zone} is one of Indonesia's three time zones.
 */
public record BranchForm(
    String code,
    String name,
    String address,
    String city,
    String province,
    String zone,
    BigDecimal latitude,
    BigDecimal longitude)
    implements Serializable {

  /** What the form changes of an existing branch, trimmed as it is stored. */
  public BranchDetails details() {
    return new BranchDetails(
        name.strip(), address.strip(), city.strip(), province.strip(), zone, latitude, longitude);
  }
}
