package id.jht.portal.infrastructure.demo;

import java.util.List;
import java.util.Map;

/**
 * The demo branch offices, modelled on BPJS Ketenagakerjaan's branches in real cities. Addresses
 * are plausible for each city but are not claimed to be the agency's current ones; coordinates are
 * approximately those of the city, close enough for a "nearest branch" list.
 */
final class BranchCatalog {

  /**
   * A branch with the regency most of its participants live in and a weight: how many participants
   * it gets relative to others (Java's industrial belt has far more than Papua).
   */
  record Entry(BranchSeed seed, String regencyCode, int weight) {}

  private static final Map<String, String> TIME_ZONES =
      Map.of("WIB", "Asia/Jakarta", "WITA", "Asia/Makassar", "WIT", "Asia/Jayapura");

  // code | name | address | city | province | zone | latitude | longitude | regency | weight
  // A table rather than constructor calls, so that one branch stays one readable line.
  private static final String TABLE =
      """
      JSL | Jakarta Salemba | Jl. Salemba Raya No. 55, Paseban, Senen | Jakarta Pusat | DKI Jakarta | WIB | -6.195100 | 106.850800 | 3173 | 6
      JMJ | Jakarta Menara Jamsostek | Jl. Jenderal Gatot Subroto Kav. 38, Kuningan Barat | Jakarta Selatan | DKI Jakarta | WIB | -6.232500 | 106.817500 | 3171 | 6
      JKS | Jakarta Kebon Sirih | Jl. Kebon Sirih No. 48, Kebon Sirih, Menteng | Jakarta Pusat | DKI Jakarta | WIB | -6.183800 | 106.828700 | 3173 | 5
      JCL | Jakarta Cilandak | Jl. T.B. Simatupang No. 15, Cilandak Timur | Jakarta Selatan | DKI Jakarta | WIB | -6.291600 | 106.801600 | 3171 | 5
      JRW | Jakarta Rawamangun | Jl. Pemuda No. 70, Rawamangun, Pulo Gadung | Jakarta Timur | DKI Jakarta | WIB | -6.193900 | 106.886100 | 3172 | 5
      JKG | Jakarta Kelapa Gading | Jl. Boulevard Raya Blok QJ No. 5, Kelapa Gading | Jakarta Utara | DKI Jakarta | WIB | -6.158300 | 106.908600 | 3175 | 4
      JGR | Jakarta Grogol | Jl. Daan Mogot No. 21, Grogol Petamburan | Jakarta Barat | DKI Jakarta | WIB | -6.166400 | 106.789900 | 3174 | 5
      TNG | Tangerang Cikokol | Jl. Jenderal Sudirman No. 3, Cikokol | Tangerang | Banten | WIB | -6.206000 | 106.637000 | 3671 | 6
      SRG | Serang | Jl. Jenderal Sudirman No. 19, Sumur Pecung | Serang | Banten | WIB | -6.118000 | 106.160000 | 3673 | 3
      BKS | Bekasi | Jl. Jenderal Ahmad Yani No. 12, Marga Jaya | Bekasi | Jawa Barat | WIB | -6.242000 | 106.993000 | 3275 | 6
      BGR | Bogor | Jl. Pajajaran No. 91, Bantarjati | Bogor | Jawa Barat | WIB | -6.593000 | 106.807000 | 3271 | 4
      BDG | Bandung Suci | Jl. P.H.H. Mustofa No. 39, Cikutra | Bandung | Jawa Barat | WIB | -6.901000 | 107.635000 | 3273 | 6
      CBN | Cirebon | Jl. Tuparev No. 70, Kedawung | Cirebon | Jawa Barat | WIB | -6.717000 | 108.544000 | 3209 | 3
      SMG | Semarang Pemuda | Jl. Pemuda No. 143, Sekayu | Semarang | Jawa Tengah | WIB | -6.978000 | 110.416500 | 3374 | 5
      SKA | Surakarta | Jl. Slamet Riyadi No. 312, Sriwedari | Surakarta | Jawa Tengah | WIB | -7.565000 | 110.811000 | 3372 | 3
      YGY | Yogyakarta | Jl. Urip Sumoharjo No. 54, Klitren | Yogyakarta | DI Yogyakarta | WIB | -7.783000 | 110.387000 | 3471 | 3
      SBY | Surabaya Darmo | Jl. Raya Darmo No. 17, Darmo, Wonokromo | Surabaya | Jawa Timur | WIB | -7.288000 | 112.739000 | 3578 | 6
      SRK | Surabaya Rungkut | Jl. Raya Kali Rungkut No. 5, Rungkut | Surabaya | Jawa Timur | WIB | -7.327000 | 112.767000 | 3578 | 4
      SDA | Sidoarjo | Jl. Jenggolo No. 21, Pucang, Sidoarjo | Sidoarjo | Jawa Timur | WIB | -7.447800 | 112.718300 | 3515 | 6
      MLG | Malang | Jl. Letjen S. Parman No. 66, Purwantoro | Malang | Jawa Timur | WIB | -7.944000 | 112.633000 | 3573 | 4
      MDN | Medan Kota | Jl. Sisingamangaraja No. 33, Teladan | Medan | Sumatera Utara | WIB | 3.575000 | 98.690000 | 1271 | 5
      BNA | Banda Aceh | Jl. Teuku Nyak Arief No. 26, Lamgugob | Banda Aceh | Aceh | WIB | 5.570000 | 95.353000 | 1171 | 2
      PDG | Padang | Jl. Khatib Sulaiman No. 47, Lolong Belanti | Padang | Sumatera Barat | WIB | -0.902000 | 100.356000 | 1371 | 2
      PKU | Pekanbaru Kota | Jl. Jenderal Sudirman No. 240, Simpang Empat | Pekanbaru | Riau | WIB | 0.507000 | 101.448000 | 1471 | 3
      BTM | Batam | Jl. Engku Putri No. 3, Batam Centre | Batam | Kepulauan Riau | WIB | 1.129000 | 104.053000 | 2171 | 4
      JMB | Jambi | Jl. Jenderal Sudirman No. 8, Thehok | Jambi | Jambi | WIB | -1.621000 | 103.612000 | 1571 | 2
      PLG | Palembang | Jl. Kapten A. Rivai No. 12, Lorok Pakjo | Palembang | Sumatera Selatan | WIB | -2.980000 | 104.749000 | 1671 | 3
      BDL | Bandar Lampung | Jl. Wolter Monginsidi No. 15, Teluk Betung | Bandar Lampung | Lampung | WIB | -5.427000 | 105.258000 | 1871 | 3
      PNK | Pontianak | Jl. Jenderal Ahmad Yani No. 51, Akcaya | Pontianak | Kalimantan Barat | WIB | -0.055000 | 109.345000 | 6171 | 2
      PKY | Palangka Raya | Jl. Tjilik Riwut Km. 1, Palangka | Palangka Raya | Kalimantan Tengah | WIB | -2.209000 | 113.913000 | 6271 | 1
      DPS | Denpasar | Jl. Raya Puputan No. 60, Renon | Denpasar | Bali | WITA | -8.672000 | 115.234000 | 5171 | 3
      MTR | Mataram | Jl. Pejanggik No. 44, Mataram Timur | Mataram | Nusa Tenggara Barat | WITA | -8.583000 | 116.107000 | 5271 | 2
      KPG | Kupang | Jl. El Tari No. 9, Oebobo | Kupang | Nusa Tenggara Timur | WITA | -10.160000 | 123.607000 | 5371 | 1
      BJM | Banjarmasin | Jl. Lambung Mangkurat No. 30, Kertak Baru Ilir | Banjarmasin | Kalimantan Selatan | WITA | -3.319000 | 114.591000 | 6371 | 2
      BPN | Balikpapan | Jl. Jenderal Sudirman No. 71, Klandasan Ilir | Balikpapan | Kalimantan Timur | WITA | -1.268000 | 116.830000 | 6471 | 2
      SMD | Samarinda | Jl. Ir. H. Juanda No. 21, Air Hitam | Samarinda | Kalimantan Timur | WITA | -0.490000 | 117.150000 | 6472 | 2
      MKS | Makassar | Jl. Urip Sumoharjo No. 62, Panaikang | Makassar | Sulawesi Selatan | WITA | -5.140000 | 119.440000 | 7371 | 4
      MND | Manado | Jl. Sam Ratulangi No. 88, Wenang | Manado | Sulawesi Utara | WITA | 1.475000 | 124.840000 | 7171 | 2
      PLW | Palu | Jl. Sam Ratulangi No. 45, Besusu Barat | Palu | Sulawesi Tengah | WITA | -0.899000 | 119.872000 | 7271 | 1
      KDI | Kendari | Jl. Jenderal Ahmad Yani No. 88, Wua-Wua | Kendari | Sulawesi Tenggara | WITA | -3.979000 | 122.516000 | 7471 | 1
      GTO | Gorontalo | Jl. Nani Wartabone No. 20, Ipilo | Gorontalo | Gorontalo | WITA | 0.540000 | 123.060000 | 7571 | 1
      AMB | Ambon | Jl. Diponegoro No. 25, Ahusen, Sirimau | Ambon | Maluku | WIT | -3.696000 | 128.185000 | 8171 | 1
      TTE | Ternate | Jl. Pahlawan Revolusi No. 17, Muhajirin | Ternate | Maluku Utara | WIT | 0.788000 | 127.382000 | 8271 | 1
      DJJ | Jayapura | Jl. Ahmad Yani No. 8, Gurabesi | Jayapura | Papua | WIT | -2.534000 | 140.710000 | 9171 | 1
      SOQ | Sorong | Jl. Basuki Rahmat Km. 7, Klawuyuk | Sorong | Papua Barat Daya | WIT | -0.880000 | 131.270000 | 9271 | 1
      MKW | Manokwari | Jl. Trikora Wosi No. 12, Wosi | Manokwari | Papua Barat | WIT | -0.865000 | 134.062000 | 9202 | 1
      MKQ | Merauke | Jl. Raya Mandala No. 45, Maro | Merauke | Papua Selatan | WIT | -8.494000 | 140.401000 | 9101 | 1
      """;

  private static final List<Entry> ENTRIES = TABLE.lines().map(BranchCatalog::parse).toList();

  private BranchCatalog() {}

  static List<Entry> entries() {
    return ENTRIES;
  }

  static List<BranchSeed> seeds() {
    return ENTRIES.stream().map(Entry::seed).toList();
  }

  private static Entry parse(String line) {
    String[] cells = line.split("\\|");
    if (cells.length != 10) {
      throw new IllegalStateException("Malformed branch line: " + line);
    }
    String zone = TIME_ZONES.get(cells[5].trim());
    if (zone == null) {
      throw new IllegalStateException("Unknown time zone in branch line: " + line);
    }
    BranchSeed seed =
        new BranchSeed(
            cells[0].trim(),
            cells[1].trim(),
            cells[2].trim(),
            cells[3].trim(),
            cells[4].trim(),
            zone,
            Double.parseDouble(cells[6].trim()),
            Double.parseDouble(cells[7].trim()));
    return new Entry(seed, cells[8].trim(), Integer.parseInt(cells[9].trim()));
  }
}
