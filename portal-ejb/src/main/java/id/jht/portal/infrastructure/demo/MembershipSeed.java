package id.jht.portal.infrastructure.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One membership card (KPJ) of a participant with its JHT balance.
 *
 * @param kpj 11 digits
 * @param status {@code ACTIVE} or {@code NON_ACTIVE}
 * @param nonActiveSince null exactly when the status is {@code ACTIVE}
 * @param balanceRupiah whole rupiah
 */
public record MembershipSeed(
    String kpj,
    String employerName,
    LocalDate membershipStart,
    String status,
    LocalDate nonActiveSince,
    long balanceRupiah,
    boolean partialOtherTaken,
    boolean partialHousingTaken) {

  public static final String ACTIVE = "ACTIVE";
  public static final String NON_ACTIVE = "NON_ACTIVE";

  public MembershipSeed {
    Objects.requireNonNull(kpj, "kpj");
    Objects.requireNonNull(employerName, "employerName");
    Objects.requireNonNull(membershipStart, "membershipStart");
    if (!ACTIVE.equals(status) && !NON_ACTIVE.equals(status)) {
      throw new IllegalArgumentException("Unknown membership status: " + status);
    }
    if (ACTIVE.equals(status) != (nonActiveSince == null)) {
      throw new IllegalArgumentException(
          "nonActiveSince must be set exactly for NON_ACTIVE memberships, KPJ "
              + IdentityNumbers.mask(kpj));
    }
    if (nonActiveSince != null && !nonActiveSince.isAfter(membershipStart)) {
      throw new IllegalArgumentException(
          "Membership became non-active before it started, KPJ " + IdentityNumbers.mask(kpj));
    }
    if (balanceRupiah < 0) {
      throw new IllegalArgumentException("Negative balance, KPJ " + IdentityNumbers.mask(kpj));
    }
  }

  public boolean active() {
    return ACTIVE.equals(status);
  }
}
