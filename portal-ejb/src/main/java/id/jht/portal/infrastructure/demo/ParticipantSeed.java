package id.jht.portal.infrastructure.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A participant (peserta) of the registry with their memberships.
 *
 * @param nik 16 digits: region code, birth date DDMMYY (day + 40 for women), sequence
 * @param gender {@code M} or {@code F}
 * @param homeBranchCode code of a {@link BranchSeed}
 * @param memberships one or more, never empty; the list is immutable
 * @param demoCase name of a {@link DemoCase} for the named demo participants, null for the
 *     anonymous ones
 */
public record ParticipantSeed(
    String nik,
    String fullName,
    String birthPlace,
    LocalDate birthDate,
    String gender,
    String motherMaidenName,
    String email,
    String phone,
    String homeBranchCode,
    List<MembershipSeed> memberships,
    int failedAttempts,
    boolean locked,
    String demoCase) {

  public static final String MALE = "M";
  public static final String FEMALE = "F";

  public ParticipantSeed {
    Objects.requireNonNull(nik, "nik");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(birthPlace, "birthPlace");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(motherMaidenName, "motherMaidenName");
    Objects.requireNonNull(homeBranchCode, "homeBranchCode");
    if (!MALE.equals(gender) && !FEMALE.equals(gender)) {
      throw new IllegalArgumentException("Gender must be M or F, NIK " + IdentityNumbers.mask(nik));
    }
    memberships = List.copyOf(memberships);
    if (memberships.isEmpty()) {
      throw new IllegalArgumentException("No membership, NIK " + IdentityNumbers.mask(nik));
    }
  }

  public boolean female() {
    return FEMALE.equals(gender);
  }
}
