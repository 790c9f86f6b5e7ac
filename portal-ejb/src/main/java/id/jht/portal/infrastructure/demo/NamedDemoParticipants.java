package id.jht.portal.infrastructure.demo;

import static id.jht.portal.infrastructure.demo.MembershipSeed.ACTIVE;
import static id.jht.portal.infrastructure.demo.MembershipSeed.NON_ACTIVE;
import static id.jht.portal.infrastructure.demo.ParticipantSeed.FEMALE;
import static id.jht.portal.infrastructure.demo.ParticipantSeed.MALE;

import java.time.LocalDate;
import java.util.List;

/**
 * The participants of the {@link DemoCase}s. Names, NIKs, KPJs and contact details are fixed;
 * membership dates are relative to {@code today}, so that every case keeps its defining property
 * whenever the demo is set up. The one exception is {@link DemoCase#AGE_56}: the birth date (and
 * with it the NIK) moves with {@code today}.
 *
 * <p>NIK sequences of the named participants are 9001 and up; anonymous participants never use
 * them, so the two groups cannot collide whatever the date.
 */
final class NamedDemoParticipants {

  /** A day to build the named participants for when only their date-free identifiers matter. */
  private static final LocalDate ANY_DAY = LocalDate.of(2026, 1, 1);

  private static final String JAWA_TIMUR = "Jawa Timur";
  private static final String DKI_JAKARTA = "DKI Jakarta";

  private NamedDemoParticipants() {}

  static List<ParticipantSeed> create(LocalDate today) {
    return List.of(
        resignedEligible(today),
        stillActive(today),
        nonActiveUnderOneMonth(today),
        age56(today),
        partial10Years(today),
        partialUnder10Years(today),
        severalKpj(today),
        balanceAbove50Juta(today),
        locked(today),
        partialAlreadyTaken(today),
        abandonedDemo(today),
        CorrectionDemoParticipants.identityDiffers(today));
  }

  /** Everything the anonymous participants must not reuse; none of it depends on the date. */
  static List<ParticipantSeed> identifiersOnly() {
    return create(ANY_DAY);
  }

  private static ParticipantSeed resignedEligible(LocalDate today) {
    return new ParticipantSeed(
        nik(JAWA_TIMUR, "3515", 8, LocalDate.of(1991, 3, 14), MALE, 9001),
        "Andika Prasetyo",
        "Sidoarjo",
        LocalDate.of(1991, 3, 14),
        MALE,
        "Sri Wahyuni",
        "andika.prasetyo.demo@example.com",
        "+6281230450101",
        "SDA",
        List.of(
            new MembershipSeed(
                "13051784206",
                "PT Delta Karya Plastindo",
                today.minusYears(6).minusMonths(3),
                NON_ACTIVE,
                today.minusMonths(3),
                35_420_150L,
                false,
                false)),
        0,
        false,
        DemoCase.RESIGNED_ELIGIBLE.name());
  }

  private static ParticipantSeed stillActive(LocalDate today) {
    return new ParticipantSeed(
        nik(JAWA_TIMUR, "3578", 5, LocalDate.of(1993, 8, 22), FEMALE, 9002),
        "Rina Kusumawati",
        "Surabaya",
        LocalDate.of(1993, 8, 22),
        FEMALE,
        "Siti Aminah",
        "rina.kusumawati.demo@example.co.id",
        "+6281230450102",
        "SDA",
        List.of(
            new MembershipSeed(
                "17092635518",
                "PT Surya Mitra Logistik",
                today.minusYears(4).minusMonths(2),
                ACTIVE,
                null,
                21_875_400L,
                false,
                false)),
        0,
        false,
        DemoCase.STILL_ACTIVE.name());
  }

  private static ParticipantSeed nonActiveUnderOneMonth(LocalDate today) {
    return new ParticipantSeed(
        nik(JAWA_TIMUR, "3507", 3, LocalDate.of(1995, 11, 2), MALE, 9003),
        "Dimas Aditya Nugroho",
        "Malang",
        LocalDate.of(1995, 11, 2),
        MALE,
        "Endang Lestari",
        "dimas.nugroho.demo@example.com",
        "+6281230450103",
        "SDA",
        List.of(
            new MembershipSeed(
                "20114871093",
                "PT Cahaya Elektronik Nusantara",
                today.minusYears(3),
                NON_ACTIVE,
                today.minusDays(10),
                12_640_000L,
                false,
                false)),
        0,
        false,
        DemoCase.NON_ACTIVE_UNDER_ONE_MONTH.name());
  }

  private static ParticipantSeed age56(LocalDate today) {
    // The 56th birthday was two months ago. 56 is a multiple of 4, so a 29 February two months
    // ago maps to a 29 February 56 years earlier.
    LocalDate birthDate = today.minusMonths(2).minusYears(56);
    return new ParticipantSeed(
        nik(JAWA_TIMUR, "3516", 4, birthDate, MALE, 9004),
        "Bambang Sutrisno",
        "Mojokerto",
        birthDate,
        MALE,
        "Sumirah",
        "bambang.sutrisno.demo@example.com",
        "+6281230450104",
        "SDA",
        List.of(
            new MembershipSeed(
                "10038812657",
                "PT Panca Logam Perkasa",
                today.minusYears(22).minusMonths(5),
                ACTIVE,
                null,
                47_950_200L,
                false,
                false)),
        0,
        false,
        DemoCase.AGE_56.name());
  }

  private static ParticipantSeed partial10Years(LocalDate today) {
    return new ParticipantSeed(
        nik(DKI_JAKARTA, "3173", 2, LocalDate.of(1985, 6, 9), MALE, 9005),
        "Maruli Tua Simanjuntak",
        "Pematangsiantar",
        LocalDate.of(1985, 6, 9),
        MALE,
        "Rosmawati Br Sinaga",
        "maruli.simanjuntak.demo@example.com",
        "+6281230450105",
        "JSL",
        List.of(
            new MembershipSeed(
                "14067731284",
                "PT Graha Persada Konstruksi",
                today.minusYears(11),
                ACTIVE,
                null,
                46_800_000L,
                false,
                false)),
        0,
        false,
        DemoCase.PARTIAL_10_YEARS.name());
  }

  private static ParticipantSeed partialUnder10Years(LocalDate today) {
    return new ParticipantSeed(
        nik(JAWA_TIMUR, "3515", 11, LocalDate.of(1992, 1, 27), FEMALE, 9006),
        "Fitri Handayani",
        "Yogyakarta",
        LocalDate.of(1992, 1, 27),
        FEMALE,
        "Sulastri",
        "fitri.handayani.demo@example.co.id",
        "+6281230450106",
        "SDA",
        List.of(
            new MembershipSeed(
                "18025590347",
                "PT Tunas Garmen Sejahtera",
                today.minusYears(7).minusMonths(4),
                ACTIVE,
                null,
                27_330_900L,
                false,
                false)),
        0,
        false,
        DemoCase.PARTIAL_UNDER_10_YEARS.name());
  }

  private static ParticipantSeed severalKpj(LocalDate today) {
    return new ParticipantSeed(
        nik(JAWA_TIMUR, "3578", 11, LocalDate.of(1984, 12, 5), MALE, 9007),
        "Hendra Wijaya Kusuma",
        "Surabaya",
        LocalDate.of(1984, 12, 5),
        MALE,
        "Lina Halim",
        "hendra.kusuma.demo@example.com",
        "+6281230450107",
        "SDA",
        List.of(
            new MembershipSeed(
                "11042287635",
                "PT Cahaya Logam Nusantara",
                today.minusYears(15),
                NON_ACTIVE,
                today.minusYears(9).minusMonths(2),
                18_450_000L,
                false,
                false),
            new MembershipSeed(
                "16093318840",
                "PT Mitra Kemasan Abadi",
                today.minusYears(9),
                NON_ACTIVE,
                today.minusYears(4).minusMonths(1),
                31_780_250L,
                false,
                false),
            new MembershipSeed(
                "21105546172",
                "PT Bintang Samudra Ekspedisi",
                today.minusYears(4),
                ACTIVE,
                null,
                14_905_600L,
                false,
                false)),
        0,
        false,
        DemoCase.SEVERAL_KPJ.name());
  }

  private static ParticipantSeed balanceAbove50Juta(LocalDate today) {
    return new ParticipantSeed(
        nik(JAWA_TIMUR, "3573", 3, LocalDate.of(1978, 9, 30), MALE, 9008),
        "Lukas Hartanto",
        "Malang",
        LocalDate.of(1978, 9, 30),
        MALE,
        "Yuliana Susanto",
        "lukas.hartanto.demo@example.com",
        "+6281230450108",
        "SDA",
        List.of(
            new MembershipSeed(
                "12087743019",
                "PT Prima Farma Utama",
                today.minusYears(18).minusMonths(7),
                NON_ACTIVE,
                today.minusMonths(4),
                125_000_000L,
                false,
                false)),
        0,
        false,
        DemoCase.BALANCE_ABOVE_50_JUTA.name());
  }

  private static ParticipantSeed locked(LocalDate today) {
    return new ParticipantSeed(
        nik(JAWA_TIMUR, "3525", 6, LocalDate.of(1988, 4, 12), FEMALE, 9009),
        "Sri Rahayu",
        "Gresik",
        LocalDate.of(1988, 4, 12),
        FEMALE,
        "Suwarni",
        "sri.rahayu.demo@example.co.id",
        "+6281230450109",
        "SDA",
        List.of(
            new MembershipSeed(
                "15116604428",
                "PT Sumber Pangan Lestari",
                today.minusYears(8).minusMonths(6),
                NON_ACTIVE,
                today.minusMonths(5),
                29_115_700L,
                false,
                false)),
        3,
        true,
        DemoCase.LOCKED.name());
  }

  private static ParticipantSeed partialAlreadyTaken(LocalDate today) {
    return new ParticipantSeed(
        nik(DKI_JAKARTA, "3172", 3, LocalDate.of(1982, 10, 19), MALE, 9010),
        "Teguh Wibisono",
        "Semarang",
        LocalDate.of(1982, 10, 19),
        MALE,
        "Retno Kusumawati",
        "teguh.wibisono.demo@example.com",
        "+6281230450110",
        "JSL",
        List.of(
            new MembershipSeed(
                "13029917365",
                "PT Andalan Otomotif Pratama",
                today.minusYears(12),
                ACTIVE,
                null,
                44_120_000L,
                true,
                false)),
        0,
        false,
        DemoCase.PARTIAL_ALREADY_TAKEN.name());
  }

  private static ParticipantSeed abandonedDemo(LocalDate today) {
    return new ParticipantSeed(
        nik(JAWA_TIMUR, "3515", 6, LocalDate.of(1994, 7, 3), FEMALE, 9011),
        "Nurul Hidayah",
        "Sidoarjo",
        LocalDate.of(1994, 7, 3),
        FEMALE,
        "Siti Maimunah",
        "nurul.hidayah.demo@example.co.id",
        "+6281230450111",
        "SDA",
        List.of(
            new MembershipSeed(
                "19073365821",
                "PT Wahana Sepatu Mandiri",
                today.minusYears(5),
                NON_ACTIVE,
                today.minusMonths(2),
                19_760_450L,
                false,
                false)),
        0,
        false,
        DemoCase.ABANDONED_DEMO.name());
  }

  /** Takes the region from the province table, so that a typo in a district fails loudly. */
  static String nik(
      String province,
      String regencyCode,
      int district,
      LocalDate birthDate,
      String gender,
      int sequence) {
    Regency regency =
        ProvinceProfiles.forProvince(province)
            .regency(regencyCode)
            .orElseThrow(() -> new IllegalStateException("Unknown regency " + regencyCode));
    return IdentityNumbers.nik(
        regency.regionCode(district), birthDate, FEMALE.equals(gender), sequence);
  }
}
