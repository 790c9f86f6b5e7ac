package id.jht.portal.infrastructure.demo;

import static id.jht.portal.infrastructure.demo.MembershipSeed.NON_ACTIVE;
import static id.jht.portal.infrastructure.demo.ParticipantSeed.MALE;

import java.time.LocalDate;
import java.util.List;

/**
 * The named participants of the correction paths that the membership cases of {@link
 * NamedDemoParticipants} do not cover (kept apart so that each file stays short).
 */
final class CorrectionDemoParticipants {

  private CorrectionDemoParticipants() {}

  /**
   * Registered as "Muhamad Rizki Ramadan"; his e-KTP reads {@link
   * DemoCase#IDENTITY_DIFFERS_EKTP_NAME}. The birth date agrees, and the resignation is eligible,
   * so once the branch corrects the name the claim goes on.
   */
  static ParticipantSeed identityDiffers(LocalDate today) {
    LocalDate birthDate = LocalDate.of(1990, 5, 17);
    return new ParticipantSeed(
        NamedDemoParticipants.nik("Jawa Timur", "3515", 9, birthDate, MALE, 9012),
        "Muhamad Rizki Ramadan",
        "Sidoarjo",
        birthDate,
        MALE,
        "Sri Mulyani",
        "rizky.ramadhan.demo@example.com",
        "+6281230450112",
        "SDA",
        List.of(
            new MembershipSeed(
                "16058832190",
                "PT Mitra Kemasan Jaya",
                today.minusYears(5).minusMonths(7),
                NON_ACTIVE,
                today.minusMonths(2),
                28_310_600L,
                false,
                false)),
        0,
        false,
        DemoCase.IDENTITY_DIFFERS.name());
  }
}
