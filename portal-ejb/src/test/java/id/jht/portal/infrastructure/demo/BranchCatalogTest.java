package id.jht.portal.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BranchCatalogTest {

  private static final List<BranchSeed> BRANCHES =
      DemoDataset.generate(java.time.LocalDate.of(2026, 11, 23)).branches();

  /** Indonesia's three time zones by province, from the 1987 presidential decree. */
  private static final Set<String> WITA_PROVINCES =
      Set.of(
          "Bali",
          "Nusa Tenggara Barat",
          "Nusa Tenggara Timur",
          "Kalimantan Selatan",
          "Kalimantan Timur",
          "Kalimantan Utara",
          "Sulawesi Utara",
          "Sulawesi Tengah",
          "Sulawesi Selatan",
          "Sulawesi Tenggara",
          "Sulawesi Barat",
          "Gorontalo");

  private static final Set<String> WIT_PROVINCES =
      Set.of(
          "Maluku",
          "Maluku Utara",
          "Papua",
          "Papua Barat",
          "Papua Barat Daya",
          "Papua Selatan",
          "Papua Tengah",
          "Papua Pegunungan");

  @Test
  void atLeastThirtyBranchesInAllThreeTimeZones() {
    assertTrue(BRANCHES.size() >= 30, "branches: " + BRANCHES.size());
    Map<String, Long> perZone =
        BRANCHES.stream()
            .collect(Collectors.groupingBy(BranchSeed::timeZone, Collectors.counting()));
    assertEquals(Set.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"), perZone.keySet());
    perZone.forEach((zone, count) -> assertTrue(count >= 5, zone + " has " + count));
  }

  @Test
  void codesAreThreeLettersAndUnique() {
    Set<String> codes = new HashSet<>();
    for (BranchSeed branch : BRANCHES) {
      assertTrue(branch.code().matches("[A-Z]{3}"), branch.code());
      assertTrue(codes.add(branch.code()), "duplicate " + branch.code());
    }
    assertTrue(codes.contains("SDA"), "Sidoarjo");
  }

  @Test
  void timeZoneMatchesTheProvince() {
    for (BranchSeed branch : BRANCHES) {
      String expected =
          WITA_PROVINCES.contains(branch.province())
              ? "Asia/Makassar"
              : WIT_PROVINCES.contains(branch.province()) ? "Asia/Jayapura" : "Asia/Jakarta";
      assertEquals(expected, branch.timeZone(), branch.name());
      assertTrue(
          NikAssertions.PREFIXES_BY_PROVINCE.containsKey(branch.province()),
          "not a province name: " + branch.province());
    }
  }

  @Test
  void coordinatesLieInIndonesiaAndSortByTimeZone() {
    for (BranchSeed branch : BRANCHES) {
      assertTrue(branch.latitude() > -11.1 && branch.latitude() < 6.1, branch.name());
      assertTrue(branch.longitude() > 95.0 && branch.longitude() < 141.1, branch.name());
      // WIB lies west of about 115.5 E (Bali), WIT east of about 125 E (Maluku).
      switch (branch.timeZone()) {
        case "Asia/Jakarta" -> assertTrue(branch.longitude() < 115.0, branch.name());
        case "Asia/Makassar" ->
            assertTrue(branch.longitude() > 114.0 && branch.longitude() < 125.5, branch.name());
        default -> assertTrue(branch.longitude() > 125.0, branch.name());
      }
    }
  }

  @Test
  void addressesAndNamesAreFilledIn() {
    for (BranchSeed branch : BRANCHES) {
      assertTrue(branch.address().startsWith("Jl. "), branch.address());
      assertTrue(!branch.name().isBlank() && !branch.city().isBlank(), branch.code());
    }
  }

  @Test
  void everyBranchRegencyIsInItsProvinceTable() {
    for (BranchCatalog.Entry entry : BranchCatalog.entries()) {
      ProvinceProfile profile = ProvinceProfiles.forProvince(entry.seed().province());
      assertTrue(profile.regency(entry.regencyCode()).isPresent(), entry.seed().name());
      assertTrue(entry.weight() > 0, entry.seed().name());
    }
  }
}
