package id.jht.portal.infrastructure.demo;

import static id.jht.portal.infrastructure.demo.NamingCulture.ACEH;
import static id.jht.portal.infrastructure.demo.NamingCulture.BALINESE;
import static id.jht.portal.infrastructure.demo.NamingCulture.BANJAR;
import static id.jht.portal.infrastructure.demo.NamingCulture.BATAK;
import static id.jht.portal.infrastructure.demo.NamingCulture.BETAWI;
import static id.jht.portal.infrastructure.demo.NamingCulture.BUGIS;
import static id.jht.portal.infrastructure.demo.NamingCulture.CHINESE_INDONESIAN;
import static id.jht.portal.infrastructure.demo.NamingCulture.DAYAK;
import static id.jht.portal.infrastructure.demo.NamingCulture.GORONTALO;
import static id.jht.portal.infrastructure.demo.NamingCulture.JAVANESE;
import static id.jht.portal.infrastructure.demo.NamingCulture.MADURESE;
import static id.jht.portal.infrastructure.demo.NamingCulture.MALAY;
import static id.jht.portal.infrastructure.demo.NamingCulture.MALUKU_CHRISTIAN;
import static id.jht.portal.infrastructure.demo.NamingCulture.MALUKU_MUSLIM;
import static id.jht.portal.infrastructure.demo.NamingCulture.MINAHASA;
import static id.jht.portal.infrastructure.demo.NamingCulture.MINANG;
import static id.jht.portal.infrastructure.demo.NamingCulture.NUSA_TENGGARA_TIMUR;
import static id.jht.portal.infrastructure.demo.NamingCulture.PAPUAN;
import static id.jht.portal.infrastructure.demo.NamingCulture.SASAK;
import static id.jht.portal.infrastructure.demo.NamingCulture.SUNDANESE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The provinces that have a demo branch. Regency codes are the Ministry of Home Affairs codes that
 * NIKs carry. In the Papua region, NIKs keep the codes they were issued with before the 2022 split
 * of the provinces, so the branches in Papua Selatan and Papua Barat Daya serve people whose NIK
 * starts with 91 (Papua) or 92 (Papua Barat).
 */
final class ProvinceProfiles {

  private static final Map<String, ProvinceProfile> BY_NAME = new LinkedHashMap<>();

  static {
    add(
        "Aceh",
        List.of(
            r("1171", "Kota Banda Aceh", 9),
            r("1106", "Kabupaten Aceh Besar", 23),
            r("1107", "Kabupaten Pidie", 23),
            r("1174", "Kota Lhokseumawe", 4)),
        NameLists.of("Banda Aceh, Sigli, Lhokseumawe, Meulaboh, Bireuen, Langsa, Takengon"),
        CultureMix.of(ACEH, 85).and(JAVANESE, 7).and(MALAY, 5).and(BATAK, 3));
    add(
        "Sumatera Utara",
        List.of(
            r("1271", "Kota Medan", 21),
            r("1207", "Kabupaten Deli Serdang", 22),
            r("1208", "Kabupaten Simalungun", 31),
            r("1272", "Kota Pematangsiantar", 8),
            r("1275", "Kota Binjai", 5)),
        NameLists.of(
            "Medan, Pematangsiantar, Binjai, Tebing Tinggi, Kisaran, Tarutung, Sibolga, "
                + "Lubuk Pakam, Kabanjahe"),
        CultureMix.of(BATAK, 45)
            .and(JAVANESE, 25)
            .and(MALAY, 15)
            .and(CHINESE_INDONESIAN, 10)
            .and(MINANG, 5));
    add(
        "Sumatera Barat",
        List.of(
            r("1371", "Kota Padang", 11),
            r("1305", "Kabupaten Padang Pariaman", 17),
            r("1306", "Kabupaten Agam", 16),
            r("1375", "Kota Bukittinggi", 3)),
        NameLists.of(
            "Padang, Bukittinggi, Payakumbuh, Solok, Pariaman, Batusangkar, Padang Panjang"),
        CultureMix.of(MINANG, 85).and(JAVANESE, 7).and(BATAK, 5).and(CHINESE_INDONESIAN, 3));
    add(
        "Riau",
        List.of(
            r("1471", "Kota Pekanbaru", 12),
            r("1401", "Kabupaten Kampar", 21),
            r("1403", "Kabupaten Bengkalis", 8),
            r("1473", "Kota Dumai", 7)),
        NameLists.of("Pekanbaru, Dumai, Bengkalis, Bangkinang, Tembilahan, Rengat, Siak"),
        CultureMix.of(MALAY, 45)
            .and(JAVANESE, 20)
            .and(MINANG, 15)
            .and(BATAK, 15)
            .and(CHINESE_INDONESIAN, 5));
    add(
        "Jambi",
        List.of(
            r("1571", "Kota Jambi", 8),
            r("1505", "Kabupaten Muaro Jambi", 11),
            r("1504", "Kabupaten Batanghari", 8)),
        NameLists.of("Jambi, Muara Bungo, Sungai Penuh, Kuala Tungkal, Muara Bulian"),
        CultureMix.of(MALAY, 55)
            .and(JAVANESE, 25)
            .and(MINANG, 10)
            .and(BATAK, 5)
            .and(CHINESE_INDONESIAN, 5));
    add(
        "Sumatera Selatan",
        List.of(
            r("1671", "Kota Palembang", 18),
            r("1602", "Kabupaten Ogan Komering Ilir", 18),
            r("1603", "Kabupaten Muara Enim", 20),
            r("1606", "Kabupaten Musi Banyuasin", 14)),
        NameLists.of(
            "Palembang, Lubuklinggau, Prabumulih, Lahat, Baturaja, Muara Enim, Kayu Agung, "
                + "Sekayu"),
        CultureMix.of(MALAY, 65).and(JAVANESE, 25).and(CHINESE_INDONESIAN, 5).and(SUNDANESE, 5));
    add(
        "Lampung",
        List.of(
            r("1871", "Kota Bandar Lampung", 20),
            r("1801", "Kabupaten Lampung Selatan", 17),
            r("1802", "Kabupaten Lampung Tengah", 28),
            r("1872", "Kota Metro", 5)),
        NameLists.of("Bandar Lampung, Metro, Kotabumi, Kalianda, Pringsewu, Gunung Sugih"),
        CultureMix.of(JAVANESE, 50)
            .and(MALAY, 25)
            .and(SUNDANESE, 15)
            .and(BATAK, 5)
            .and(CHINESE_INDONESIAN, 5));
    add(
        "Kepulauan Riau",
        List.of(
            r("2171", "Kota Batam", 12),
            r("2172", "Kota Tanjungpinang", 4),
            r("2101", "Kabupaten Karimun", 12)),
        NameLists.of("Batam, Tanjungpinang, Tanjung Balai Karimun, Tanjung Uban, Ranai"),
        CultureMix.of(MALAY, 35)
            .and(JAVANESE, 20)
            .and(BATAK, 15)
            .and(CHINESE_INDONESIAN, 15)
            .and(MINANG, 10)
            .and(BUGIS, 5));
    add(
        "DKI Jakarta",
        List.of(
            r("3171", "Kota Jakarta Selatan", 10),
            r("3172", "Kota Jakarta Timur", 10),
            r("3173", "Kota Jakarta Pusat", 8),
            r("3174", "Kota Jakarta Barat", 8),
            r("3175", "Kota Jakarta Utara", 6)),
        List.of("Jakarta"),
        CultureMix.of(JAVANESE, 35)
            .and(BETAWI, 20)
            .and(SUNDANESE, 15)
            .and(CHINESE_INDONESIAN, 10)
            .and(MINANG, 8)
            .and(BATAK, 7)
            .and(BUGIS, 2)
            .and(MINAHASA, 2)
            .and(MALAY, 1));
    add(
        "Jawa Barat",
        List.of(
            r("3273", "Kota Bandung", 30),
            r("3204", "Kabupaten Bandung", 31),
            r("3271", "Kota Bogor", 6),
            r("3201", "Kabupaten Bogor", 40),
            r("3275", "Kota Bekasi", 12),
            r("3216", "Kabupaten Bekasi", 23),
            r("3276", "Kota Depok", 11),
            r("3209", "Kabupaten Cirebon", 40),
            r("3274", "Kota Cirebon", 5),
            r("3215", "Kabupaten Karawang", 30)),
        NameLists.of(
            "Bandung, Bogor, Bekasi, Cirebon, Sukabumi, Tasikmalaya, Garut, Cianjur, "
                + "Karawang, Sumedang, Subang, Purwakarta, Indramayu, Kuningan, Depok, Cimahi"),
        CultureMix.of(SUNDANESE, 70)
            .and(JAVANESE, 18)
            .and(BETAWI, 5)
            .and(CHINESE_INDONESIAN, 4)
            .and(BATAK, 3));
    add(
        "Jawa Tengah",
        List.of(
            r("3374", "Kota Semarang", 16),
            r("3322", "Kabupaten Semarang", 19),
            r("3372", "Kota Surakarta", 5),
            r("3311", "Kabupaten Sukoharjo", 12),
            r("3313", "Kabupaten Karanganyar", 17),
            r("3321", "Kabupaten Demak", 14),
            r("3324", "Kabupaten Kendal", 20),
            r("3319", "Kabupaten Kudus", 9)),
        NameLists.of(
            "Semarang, Surakarta, Salatiga, Magelang, Pekalongan, Tegal, Kudus, Pati, "
                + "Klaten, Boyolali, Kendal, Demak, Purwokerto, Cilacap, Kebumen, Wonogiri, "
                + "Sragen, Jepara"),
        CultureMix.of(JAVANESE, 93).and(CHINESE_INDONESIAN, 4).and(SUNDANESE, 3));
    add(
        "DI Yogyakarta",
        List.of(
            r("3471", "Kota Yogyakarta", 14),
            r("3404", "Kabupaten Sleman", 17),
            r("3402", "Kabupaten Bantul", 17)),
        NameLists.of("Yogyakarta, Sleman, Bantul, Wonosari, Wates"),
        CultureMix.of(JAVANESE, 92).and(CHINESE_INDONESIAN, 3).and(BATAK, 2).and(SUNDANESE, 3));
    add(
        "Jawa Timur",
        List.of(
            r("3578", "Kota Surabaya", 31),
            r("3515", "Kabupaten Sidoarjo", 18),
            r("3573", "Kota Malang", 5),
            r("3507", "Kabupaten Malang", 33),
            r("3525", "Kabupaten Gresik", 18),
            r("3516", "Kabupaten Mojokerto", 18),
            r("3514", "Kabupaten Pasuruan", 24),
            r("3509", "Kabupaten Jember", 31)),
        NameLists.of(
            "Surabaya, Sidoarjo, Malang, Mojokerto, Gresik, Jombang, Kediri, Madiun, "
                + "Blitar, Pasuruan, Probolinggo, Jember, Banyuwangi, Lamongan, Tuban, "
                + "Bojonegoro, Tulungagung, Ponorogo, Bangkalan, Sumenep"),
        CultureMix.of(JAVANESE, 75)
            .and(MADURESE, 15)
            .and(CHINESE_INDONESIAN, 6)
            .and(SUNDANESE, 2)
            .and(BATAK, 2));
    add(
        "Banten",
        List.of(
            r("3671", "Kota Tangerang", 13),
            r("3603", "Kabupaten Tangerang", 29),
            r("3673", "Kota Serang", 6),
            r("3604", "Kabupaten Serang", 29),
            r("3672", "Kota Cilegon", 8),
            r("3674", "Kota Tangerang Selatan", 7)),
        NameLists.of("Serang, Tangerang, Cilegon, Pandeglang, Rangkasbitung"),
        CultureMix.of(SUNDANESE, 45)
            .and(JAVANESE, 25)
            .and(BETAWI, 20)
            .and(CHINESE_INDONESIAN, 7)
            .and(BATAK, 3));
    add(
        "Bali",
        List.of(
            r("5171", "Kota Denpasar", 4),
            r("5103", "Kabupaten Badung", 6),
            r("5104", "Kabupaten Gianyar", 7),
            r("5102", "Kabupaten Tabanan", 10)),
        NameLists.of("Denpasar, Singaraja, Tabanan, Gianyar, Klungkung, Negara, Amlapura, Bangli"),
        CultureMix.of(BALINESE, 85).and(JAVANESE, 10).and(SASAK, 3).and(CHINESE_INDONESIAN, 2));
    add(
        "Nusa Tenggara Barat",
        List.of(
            r("5271", "Kota Mataram", 6),
            r("5201", "Kabupaten Lombok Barat", 10),
            r("5202", "Kabupaten Lombok Tengah", 12),
            r("5203", "Kabupaten Lombok Timur", 20)),
        NameLists.of("Mataram, Praya, Selong, Sumbawa Besar, Bima, Dompu"),
        CultureMix.of(SASAK, 70).and(MALAY, 20).and(BALINESE, 5).and(JAVANESE, 5));
    add(
        "Nusa Tenggara Timur",
        List.of(
            r("5371", "Kota Kupang", 6),
            r("5301", "Kabupaten Kupang", 24),
            r("5302", "Kabupaten Timor Tengah Selatan", 32)),
        NameLists.of(
            "Kupang, Ende, Maumere, Atambua, Soe, Kefamenanu, Ruteng, Waingapu, Larantuka"),
        CultureMix.of(NUSA_TENGGARA_TIMUR, 85)
            .and(JAVANESE, 5)
            .and(BUGIS, 5)
            .and(CHINESE_INDONESIAN, 5));
    add(
        "Kalimantan Barat",
        List.of(
            r("6171", "Kota Pontianak", 6),
            r("6104", "Kabupaten Mempawah", 9),
            r("6101", "Kabupaten Sambas", 19),
            r("6172", "Kota Singkawang", 5)),
        NameLists.of("Pontianak, Singkawang, Sambas, Ketapang, Sintang, Mempawah, Sanggau"),
        CultureMix.of(MALAY, 40).and(DAYAK, 30).and(CHINESE_INDONESIAN, 20).and(JAVANESE, 10));
    add(
        "Kalimantan Tengah",
        List.of(
            r("6271", "Kota Palangka Raya", 5),
            r("6202", "Kabupaten Kotawaringin Timur", 17),
            r("6203", "Kabupaten Kapuas", 17)),
        NameLists.of("Palangka Raya, Sampit, Pangkalan Bun, Kuala Kapuas, Muara Teweh, Buntok"),
        CultureMix.of(DAYAK, 45).and(BANJAR, 30).and(JAVANESE, 25));
    add(
        "Kalimantan Selatan",
        List.of(
            r("6371", "Kota Banjarmasin", 5),
            r("6372", "Kota Banjarbaru", 5),
            r("6303", "Kabupaten Banjar", 20),
            r("6304", "Kabupaten Barito Kuala", 17)),
        NameLists.of("Banjarmasin, Banjarbaru, Martapura, Kandangan, Barabai, Amuntai, Kotabaru"),
        CultureMix.of(BANJAR, 80).and(JAVANESE, 15).and(DAYAK, 5));
    add(
        "Kalimantan Timur",
        List.of(
            r("6471", "Kota Balikpapan", 6),
            r("6472", "Kota Samarinda", 10),
            r("6402", "Kabupaten Kutai Kartanegara", 18),
            r("6474", "Kota Bontang", 3)),
        NameLists.of("Samarinda, Balikpapan, Bontang, Tenggarong, Tanah Grogot, Sangatta"),
        CultureMix.of(JAVANESE, 30)
            .and(BUGIS, 25)
            .and(BANJAR, 20)
            .and(DAYAK, 10)
            .and(CHINESE_INDONESIAN, 5)
            .and(BATAK, 5)
            .and(MINAHASA, 5));
    add(
        "Sulawesi Utara",
        List.of(
            r("7171", "Kota Manado", 11),
            r("7102", "Kabupaten Minahasa", 25),
            r("7172", "Kota Bitung", 8),
            r("7173", "Kota Tomohon", 5)),
        NameLists.of("Manado, Bitung, Tomohon, Tondano, Kotamobagu, Airmadidi, Amurang"),
        CultureMix.of(MINAHASA, 80)
            .and(GORONTALO, 5)
            .and(CHINESE_INDONESIAN, 5)
            .and(JAVANESE, 5)
            .and(MALUKU_CHRISTIAN, 5));
    add(
        "Sulawesi Tengah",
        List.of(
            r("7271", "Kota Palu", 8),
            r("7203", "Kabupaten Donggala", 16),
            r("7202", "Kabupaten Poso", 19)),
        NameLists.of("Palu, Poso, Luwuk, Donggala, Tolitoli, Parigi"),
        CultureMix.of(BUGIS, 45)
            .and(MALAY, 20)
            .and(JAVANESE, 20)
            .and(MINAHASA, 10)
            .and(CHINESE_INDONESIAN, 5));
    add(
        "Sulawesi Selatan",
        List.of(
            r("7371", "Kota Makassar", 15),
            r("7306", "Kabupaten Gowa", 18),
            r("7309", "Kabupaten Maros", 14),
            r("7372", "Kota Parepare", 4)),
        NameLists.of(
            "Makassar, Parepare, Palopo, Watampone, Sengkang, Maros, Sungguminasa, "
                + "Bulukumba, Pinrang"),
        CultureMix.of(BUGIS, 88).and(JAVANESE, 6).and(CHINESE_INDONESIAN, 6));
    add(
        "Sulawesi Tenggara",
        List.of(
            r("7471", "Kota Kendari", 10),
            r("7405", "Kabupaten Konawe Selatan", 25),
            r("7472", "Kota Baubau", 8)),
        NameLists.of("Kendari, Baubau, Kolaka, Raha, Unaaha"),
        CultureMix.of(BUGIS, 50).and(JAVANESE, 25).and(MALAY, 20).and(CHINESE_INDONESIAN, 5));
    add(
        "Gorontalo",
        List.of(r("7571", "Kota Gorontalo", 9), r("7501", "Kabupaten Gorontalo", 19)),
        NameLists.of("Gorontalo, Limboto, Marisa, Kwandang"),
        CultureMix.of(GORONTALO, 70).and(BUGIS, 15).and(JAVANESE, 10).and(MINAHASA, 5));
    add(
        "Maluku",
        List.of(r("8171", "Kota Ambon", 5), r("8101", "Kabupaten Maluku Tengah", 18)),
        NameLists.of("Ambon, Masohi, Tual, Namlea, Saumlaki"),
        CultureMix.of(MALUKU_CHRISTIAN, 40)
            .and(MALUKU_MUSLIM, 40)
            .and(BUGIS, 10)
            .and(JAVANESE, 5)
            .and(CHINESE_INDONESIAN, 5));
    add(
        "Maluku Utara",
        List.of(
            r("8271", "Kota Ternate", 7),
            r("8272", "Kota Tidore Kepulauan", 8),
            r("8201", "Kabupaten Halmahera Barat", 9)),
        NameLists.of("Ternate, Tidore, Tobelo, Sofifi, Labuha"),
        CultureMix.of(MALUKU_MUSLIM, 55)
            .and(MALUKU_CHRISTIAN, 15)
            .and(BUGIS, 15)
            .and(JAVANESE, 10)
            .and(MINAHASA, 5));
    add(
        "Papua",
        List.of(r("9171", "Kota Jayapura", 5), r("9103", "Kabupaten Jayapura", 19)),
        NameLists.of("Jayapura, Sentani, Biak, Serui, Nabire, Wamena"),
        CultureMix.of(PAPUAN, 55)
            .and(JAVANESE, 20)
            .and(BUGIS, 15)
            .and(MALUKU_CHRISTIAN, 5)
            .and(NUSA_TENGGARA_TIMUR, 5));
    add(
        "Papua Barat",
        List.of(r("9202", "Kabupaten Manokwari", 9)),
        NameLists.of("Manokwari, Fakfak, Kaimana, Bintuni"),
        CultureMix.of(PAPUAN, 55)
            .and(JAVANESE, 20)
            .and(BUGIS, 15)
            .and(MALUKU_CHRISTIAN, 5)
            .and(MINAHASA, 5));
    add(
        "Papua Barat Daya",
        List.of(r("9271", "Kota Sorong", 6), r("9201", "Kabupaten Sorong", 30)),
        NameLists.of("Sorong, Aimas, Teminabuan, Waisai"),
        CultureMix.of(PAPUAN, 50)
            .and(JAVANESE, 20)
            .and(BUGIS, 15)
            .and(MALUKU_CHRISTIAN, 10)
            .and(MINAHASA, 5));
    add(
        "Papua Selatan",
        List.of(r("9101", "Kabupaten Merauke", 20)),
        NameLists.of("Merauke, Tanah Merah, Kepi, Agats"),
        CultureMix.of(PAPUAN, 45)
            .and(JAVANESE, 30)
            .and(BUGIS, 10)
            .and(NUSA_TENGGARA_TIMUR, 10)
            .and(MALUKU_CHRISTIAN, 5));
  }

  private ProvinceProfiles() {}

  static ProvinceProfile forProvince(String province) {
    ProvinceProfile profile = BY_NAME.get(province);
    if (profile == null) {
      throw new IllegalArgumentException("No profile for province " + province);
    }
    return profile;
  }

  private static Regency r(String code, String name, int districts) {
    return new Regency(code, name, districts);
  }

  private static void add(
      String name, List<Regency> regencies, List<String> birthPlaces, CultureMix cultures) {
    BY_NAME.put(name, new ProvinceProfile(name, regencies, birthPlaces, cultures));
  }
}
