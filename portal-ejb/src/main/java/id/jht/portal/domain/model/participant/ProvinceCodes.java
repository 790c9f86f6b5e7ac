package id.jht.portal.domain.model.participant;

import java.util.Set;

/**
 * Province codes (Kemendagri) that can open a NIK, as of 2024: Sumatra 11-19 and Riau Islands 21,
 * Java 31-36, Bali and Nusa Tenggara 51-53, Kalimantan 61-65, Sulawesi 71-76, Maluku 81-82 and the
 * Papua provinces 91-97 (including the provinces created in 2022).
 */
final class ProvinceCodes {

  private static final Set<String> KNOWN =
      Set.of(
          "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35",
          "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
          "81", "82", "91", "92", "93", "94", "95", "96", "97");

  private ProvinceCodes() {}

  static boolean isKnown(String twoDigits) {
    return KNOWN.contains(twoDigits);
  }
}
