package id.jht.portal.infrastructure.demo;

import java.util.Locale;
import java.util.Random;

/**
 * A regency (kabupaten) or city (kota) with its four-digit code from the Ministry of Home Affairs
 * (province code + regency code), as used in the first digits of a NIK.
 *
 * @param districts how many districts (kecamatan) to draw district codes 01..n from; kept at or
 *     below the real count, so that every generated six-digit region code exists
 */
record Regency(String code, String name, int districts) {

  Regency {
    if (!code.matches("\\d{4}")) {
      throw new IllegalArgumentException("Regency code must have four digits: " + code);
    }
    if (districts < 1 || districts > 99) {
      throw new IllegalArgumentException("District count out of 1..99: " + districts);
    }
  }

  /** A six-digit region code of one of this regency's districts. */
  String regionCode(Random random) {
    return regionCode(1 + random.nextInt(districts));
  }

  String regionCode(int district) {
    if (district < 1 || district > districts) {
      throw new IllegalArgumentException("No district " + district + " in " + name);
    }
    return code + String.format(Locale.ROOT, "%02d", district);
  }
}
