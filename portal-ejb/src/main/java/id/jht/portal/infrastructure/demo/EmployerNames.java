package id.jht.portal.infrastructure.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Invented company names in the usual Indonesian style ("PT Sinar Karya Abadi Logistik"). A pool is
 * shared by many participants, as real employers are.
 */
final class EmployerNames {

  private static final List<String> FIRST_WORDS =
      NameLists.of(
          "Sinar, Maju, Karya, Mitra, Cahaya, Bintang, Surya, Mega, Prima, Nusa, Citra, "
              + "Tunas, Duta, Putra, Anugerah, Berkah, Graha, Indo, Multi, Panca, Tri, Catur, "
              + "Eka, Wahana, Sumber, Bumi, Samudra, Mulia, Harapan, Lintas, Andalan, Kencana, "
              + "Artha, Buana, Cipta, Dinamika");
  private static final List<String> SECOND_WORDS =
      NameLists.of(
          "Jaya, Abadi, Sentosa, Makmur, Mandiri, Perkasa, Utama, Sejahtera, Lestari, "
              + "Sukses, Gemilang, Persada, Nusantara, Semesta, Raya, Agung, Santosa, Bersama, "
              + "Cemerlang, Sakti, Indah, Pratama, Sarana, Kreasi");
  private static final List<String> TRADES =
      NameLists.of(
          "Tekstil, Logistik, Plastik Indonesia, Konstruksi, Pangan, Elektronik, Garmen, "
              + "Farma, Kimia, Otomotif, Logam, Kemasan, Printing, Furnitur, Ekspedisi, Keramik, "
              + "Sepatu, Agro, Teknik, Beton, Kertas, Transportasi, Retail Indonesia, Mineral, "
              + "Energi, Food Industries, Packaging, Steel, Perkebunan, Perikanan, Properti, "
              + "Hotel, Sekuriti, Medika");

  private EmployerNames() {}

  /** {@code count} distinct names, always the same ones for the same random state. */
  static List<String> pool(Random random, int count) {
    Set<String> names = new LinkedHashSet<>();
    while (names.size() < count) {
      names.add(name(random));
    }
    return new ArrayList<>(names);
  }

  private static String name(Random random) {
    String first = NamingCulture.pick(random, FIRST_WORDS);
    String second = NamingCulture.pick(random, SECOND_WORDS);
    StringBuilder name = new StringBuilder("PT ").append(first).append(' ').append(second);
    int shape = random.nextInt(100);
    if (shape < 25) {
      String third = NamingCulture.pick(random, SECOND_WORDS);
      if (!third.equals(second)) {
        name.append(' ').append(third);
      }
    }
    if (shape >= 15) {
      name.append(' ').append(NamingCulture.pick(random, TRADES));
    }
    if (random.nextInt(100) < 3) {
      name.append(" Tbk");
    }
    return name.toString();
  }
}
