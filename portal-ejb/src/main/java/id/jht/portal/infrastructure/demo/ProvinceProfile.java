package id.jht.portal.infrastructure.demo;

import java.util.List;
import java.util.Optional;

/**
 * What the generator needs to know about one province: a few of its regencies (for NIK region
 * codes), towns people there are born in, and its mix of naming traditions.
 */
record ProvinceProfile(
    String name, List<Regency> regencies, List<String> birthPlaces, CultureMix cultures) {

  ProvinceProfile {
    regencies = List.copyOf(regencies);
    birthPlaces = List.copyOf(birthPlaces);
    if (regencies.isEmpty() || birthPlaces.isEmpty()) {
      throw new IllegalArgumentException("Incomplete province profile: " + name);
    }
  }

  Optional<Regency> regency(String code) {
    return regencies.stream().filter(regency -> regency.code().equals(code)).findFirst();
  }
}
