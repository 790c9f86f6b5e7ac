package id.jht.portal.infrastructure.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The provinces that have a demo branch, read once from {@code demo/provinces.properties} (numbered
 * blocks, in file order). Regency codes are the Ministry of Home Affairs codes that NIKs carry. In
 * the Papua region, NIKs keep the codes they were issued with before the 2022 split of the
 * provinces, so the branches in Papua Selatan and Papua Barat Daya serve people whose NIK starts
 * with 91 (Papua) or 92 (Papua Barat).
 */
final class ProvinceProfiles {

  private static final Map<String, ProvinceProfile> BY_NAME = load();

  private ProvinceProfiles() {}

  static ProvinceProfile forProvince(String province) {
    ProvinceProfile profile = BY_NAME.get(province);
    if (profile == null) {
      throw new IllegalArgumentException("No profile for province " + province);
    }
    return profile;
  }

  private static Map<String, ProvinceProfile> load() {
    DemoResource file = DemoResource.properties("demo/provinces.properties");
    Map<String, ProvinceProfile> byName = new LinkedHashMap<>();
    for (int number = 1;
        file.table(String.valueOf(number)).optionalText("name") != null;
        number++) {
      DemoResource.Table province = file.table(String.valueOf(number));
      String name = province.text("name");
      byName.put(
          name,
          new ProvinceProfile(
              name,
              regencies(province.text("regencies")),
              province.names("birthPlaces"),
              cultures(province.names("cultures"))));
    }
    return byName;
  }

  /** "1171 Kota Banda Aceh 9; 1106 Kabupaten Aceh Besar 23": code, name, district count. */
  private static List<Regency> regencies(String text) {
    List<Regency> regencies = new ArrayList<>();
    for (String entry : text.split(";")) {
      String[] words = entry.strip().split(" ");
      String name = String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1));
      regencies.add(new Regency(words[0], name, Integer.parseInt(words[words.length - 1])));
    }
    return regencies;
  }

  /** "ACEH 85, JAVANESE 7": naming traditions with their weights, in order. */
  private static CultureMix cultures(List<String> entries) {
    CultureMix mix = null;
    for (String entry : entries) {
      String[] words = entry.split(" ");
      NamingCulture culture = NamingCulture.valueOf(words[0]);
      int weight = Integer.parseInt(words[1]);
      mix = mix == null ? CultureMix.of(culture, weight) : mix.and(culture, weight);
    }
    if (mix == null) {
      throw new IllegalStateException("A province without naming traditions");
    }
    return mix;
  }
}
