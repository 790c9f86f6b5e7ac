package id.jht.portal.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Checks NIKs independently of the generator's own composition code: its own list of province
 * codes, its own reading of the date digits.
 */
final class NikAssertions {

  /** Province codes of the Ministry of Home Affairs, including the 2022 Papua provinces. */
  static final Set<String> PROVINCE_CODES =
      Set.of(
          "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35",
          "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
          "81", "82", "91", "92", "93", "94", "95", "96");

  /**
   * The NIK prefixes people registered in a province carry. NIKs issued in Papua before the 2022
   * split keep 91 (Papua) or 92 (Papua Barat).
   */
  static final Map<String, Set<String>> PREFIXES_BY_PROVINCE =
      Map.ofEntries(
          Map.entry("Aceh", Set.of("11")),
          Map.entry("Sumatera Utara", Set.of("12")),
          Map.entry("Sumatera Barat", Set.of("13")),
          Map.entry("Riau", Set.of("14")),
          Map.entry("Jambi", Set.of("15")),
          Map.entry("Sumatera Selatan", Set.of("16")),
          Map.entry("Bengkulu", Set.of("17")),
          Map.entry("Lampung", Set.of("18")),
          Map.entry("Kepulauan Bangka Belitung", Set.of("19")),
          Map.entry("Kepulauan Riau", Set.of("21")),
          Map.entry("DKI Jakarta", Set.of("31")),
          Map.entry("Jawa Barat", Set.of("32")),
          Map.entry("Jawa Tengah", Set.of("33")),
          Map.entry("DI Yogyakarta", Set.of("34")),
          Map.entry("Jawa Timur", Set.of("35")),
          Map.entry("Banten", Set.of("36")),
          Map.entry("Bali", Set.of("51")),
          Map.entry("Nusa Tenggara Barat", Set.of("52")),
          Map.entry("Nusa Tenggara Timur", Set.of("53")),
          Map.entry("Kalimantan Barat", Set.of("61")),
          Map.entry("Kalimantan Tengah", Set.of("62")),
          Map.entry("Kalimantan Selatan", Set.of("63")),
          Map.entry("Kalimantan Timur", Set.of("64")),
          Map.entry("Kalimantan Utara", Set.of("65")),
          Map.entry("Sulawesi Utara", Set.of("71")),
          Map.entry("Sulawesi Tengah", Set.of("72")),
          Map.entry("Sulawesi Selatan", Set.of("73")),
          Map.entry("Sulawesi Tenggara", Set.of("74")),
          Map.entry("Gorontalo", Set.of("75")),
          Map.entry("Sulawesi Barat", Set.of("76")),
          Map.entry("Maluku", Set.of("81")),
          Map.entry("Maluku Utara", Set.of("82")),
          Map.entry("Papua", Set.of("91")),
          Map.entry("Papua Barat", Set.of("92")),
          Map.entry("Papua Selatan", Set.of("91", "93")),
          Map.entry("Papua Tengah", Set.of("91", "94")),
          Map.entry("Papua Pegunungan", Set.of("91", "95")),
          Map.entry("Papua Barat Daya", Set.of("92", "96")));

  private NikAssertions() {}

  /** 16 digits, a known province, non-zero regency and district, the date rule, a sequence. */
  static void assertWellFormed(String nik) {
    assertTrue(nik.matches("\\d{16}"), () -> "not 16 digits: " + IdentityNumbers.mask(nik));
    assertTrue(
        PROVINCE_CODES.contains(nik.substring(0, 2)),
        () -> "unknown province code: " + IdentityNumbers.mask(nik));
    assertNotEquals("00", nik.substring(2, 4), "regency code 00");
    assertNotEquals("00", nik.substring(4, 6), "district code 00");
    int encodedDay = Integer.parseInt(nik.substring(6, 8));
    int day = encodedDay > 40 ? encodedDay - 40 : encodedDay;
    int month = Integer.parseInt(nik.substring(8, 10));
    int year = Integer.parseInt(nik.substring(10, 12));
    assertTrue(day >= 1 && day <= 31, () -> "impossible day in " + IdentityNumbers.mask(nik));
    assertTrue(
        isRealDate(1900 + year, month, day) || isRealDate(2000 + year, month, day),
        () -> "no such date in " + IdentityNumbers.mask(nik));
    assertNotEquals("0000", nik.substring(12), "sequence 0000");
  }

  /** The date digits are the birth date, with 40 added to the day exactly for women. */
  static void assertMatchesPerson(String nik, LocalDate birthDate, String gender) {
    int encodedDay = Integer.parseInt(nik.substring(6, 8));
    boolean female = "F".equals(gender);
    if (!female && !"M".equals(gender)) {
      fail("gender must be M or F: " + gender);
    }
    assertEquals(
        birthDate.getDayOfMonth() + (female ? 40 : 0),
        encodedDay,
        () -> "day digits vs gender " + gender + " in " + IdentityNumbers.mask(nik));
    assertEquals(birthDate.getMonthValue(), Integer.parseInt(nik.substring(8, 10)));
    assertEquals(birthDate.getYear() % 100, Integer.parseInt(nik.substring(10, 12)));
  }

  private static boolean isRealDate(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException notADate) {
      return false;
    }
  }
}
