package id.jht.portal.domain.model.claim;

import id.jht.portal.domain.model.participant.MembershipStatus;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the registry knows about a participant's membership, as far as eligibility depends on it.
 *
 * @param birthDate the participant's birth date
 * @param membershipStart first day of membership
 * @param status active or non-active
 * @param nonActiveSince the day the membership became non-active; required when {@code status} is
 *     {@link MembershipStatus#NON_ACTIVE}, ignored otherwise
 * @param balance JHT balance in whole Rupiah, not negative
 * @param partialOtherTaken whether the 10 % partial claim has already been paid
 * @param partialHousingTaken whether the 30 % partial claim has already been paid
 */
public record MembershipFacts(
    LocalDate birthDate,
    LocalDate membershipStart,
    MembershipStatus status,
    LocalDate nonActiveSince,
    long balance,
    boolean partialOtherTaken,
    boolean partialHousingTaken) {

  public MembershipFacts {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(membershipStart, "membershipStart");
    Objects.requireNonNull(status, "status");
    if (status == MembershipStatus.NON_ACTIVE && nonActiveSince == null) {
      throw new IllegalArgumentException("A non-active membership needs the date it ended");
    }
    if (balance < 0) {
      throw new IllegalArgumentException("The balance must not be negative");
    }
  }
}
