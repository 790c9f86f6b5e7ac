package id.jht.portal.infrastructure.demo;

import java.util.Objects;

/**
 * A branch office (kantor cabang) to seed.
 *
 * @param code three upper-case letters, unique
 * @param timeZone {@code Asia/Jakarta} (WIB), {@code Asia/Makassar} (WITA) or {@code Asia/Jayapura}
 *     (WIT)
 */
public record BranchSeed(
    String code,
    String name,
    String address,
    String city,
    String province,
    String timeZone,
    double latitude,
    double longitude) {

  public BranchSeed {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(timeZone, "timeZone");
    if (!code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("Branch code must be three upper-case letters: " + code);
    }
  }
}
