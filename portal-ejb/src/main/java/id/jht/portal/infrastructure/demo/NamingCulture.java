package id.jht.portal.infrastructure.demo;

import java.util.List;
import java.util.Random;

/**
 * How people of one naming tradition in Indonesia are named, with typical names and the towns they
 * tend to come from. The shapes differ on purpose (single names, clan names, Balinese birth order
 * names, noble prefixes), because name matching and display must cope with all of them.
 */
enum NamingCulture {
  JAVANESE(
      Style.PERSONAL,
      null,
      null,
      0,
      NameLists.of(
          "Budi, Agus, Bambang, Joko, Eko, Dwi, Slamet, Sugeng, Wahyu, Heru, Teguh, Yudi, "
              + "Hadi, Rudi, Adi, Bayu, Dimas, Arif, Fajar, Rizky, Wawan, Puguh, Danang, Galih, "
              + "Ilham, Aditya, Yoga, Anton, Tri, Gilang, Bagus, Nanang, Purwanto"),
      NameLists.of(
          "Sri, Siti, Dewi, Endang, Tri, Rina, Wulan, Ayu, Retno, Lestari, Kartika, Indah, "
              + "Nur, Putri, Yuni, Dian, Ratna, Sari, Fitri, Puji, Eka, Novita, Anisa, Rahayu, "
              + "Dyah, Rini, Ningsih"),
      NameLists.of(
          "Santoso, Setiawan, Prasetyo, Wibowo, Susilo, Nugroho, Purnomo, Kurniawan, "
              + "Saputra, Sulistyo, Cahyono, Haryanto, Suryadi, Wijayanto, Hidayat, Firmansyah, "
              + "Pratama, Utomo, Supriyadi, Riyanto, Mulyono, Wicaksono, Hermawan, Budiman, "
              + "Darmawan, Sutrisno, Mulyadi, Suparman, Karyono, Sukirman"),
      NameLists.of(
          "Wahyuni, Rahayu, Lestari, Handayani, Susanti, Kusumawati, Purwanti, Wulandari, "
              + "Astuti, Rahmawati, Sulistyowati, Yuliana, Pratiwi, Anggraini, Setyaningsih, "
              + "Utami, Nurhayati, Kurniasih, Maharani, Permatasari, Widyaningrum, Puspitasari, "
              + "Sumarni, Sulastri, Suwarni, Sunarti"),
      NameLists.of(
          "Semarang, Surakarta, Yogyakarta, Klaten, Boyolali, Kediri, Madiun, Blitar, "
              + "Purworejo, Kebumen, Wonogiri, Sragen, Ngawi, Ponorogo, Tulungagung, Malang, "
              + "Surabaya, Magelang, Pati")),
  SUNDANESE(
      Style.PERSONAL,
      null,
      null,
      0,
      NameLists.of(
          "Asep, Dede, Cecep, Ujang, Agus, Dadang, Yayan, Enjang, Iwan, Ade, Deden, Aep, "
              + "Yana, Rudi, Hendra, Rizal, Iman, Ridwan, Jajang, Engkos, Yusuf, Dadan, Wawan, "
              + "Ginanjar, Ilham, Rangga, Fikri"),
      NameLists.of(
          "Euis, Neneng, Yeni, Rina, Lilis, Cucu, Ai, Enok, Imas, Ela, Nining, Ida, Wiwin, "
              + "Rini, Tati, Siti, Eneng, Dewi, Rika, Nenden, Resti, Sinta, Intan"),
      NameLists.of(
          "Sunandar, Hidayat, Kurniawan, Suryana, Permana, Saepudin, Sopandi, Ruhiyat, "
              + "Supriatna, Rohman, Sukmana, Gumilar, Setiadi, Mulyana, Nugraha, Ramdani, "
              + "Firdaus, Sobari, Hermawan, Kusnadi, Wiradinata"),
      NameLists.of(
          "Komariah, Nurhasanah, Rosmiati, Kurniasih, Maryani, Suryani, Hasanah, Sumiati, "
              + "Kusmiati, Rahmawati, Nurjanah, Fauziah, Maulida, Herlina, Nuraeni, Rostiati, "
              + "Mulyani"),
      NameLists.of(
          "Bandung, Garut, Tasikmalaya, Sumedang, Cianjur, Sukabumi, Ciamis, Kuningan, "
              + "Subang, Purwakarta")),
  BETAWI(
      Style.PERSONAL,
      null,
      null,
      0,
      NameLists.of(
          "Ahmad, Muhammad, Rojali, Mamat, Sanusi, Jaelani, Romli, Saiful, Zainal, Haris, "
              + "Ridwan, Rahmat, Mansyur, Sholeh, Nasrul, Fadli, Rizal"),
      NameLists.of(
          "Siti, Nur, Aminah, Khadijah, Maemunah, Rohmah, Zubaedah, Mardiyah, Jamilah, "
              + "Sarah, Nurul, Halimah, Fatimah, Rohayati"),
      NameLists.of(
          "Jaelani, Sanusi, Ramdhani, Syarifudin, Rojali, Fadillah, Hamdani, Basri, Romli, "
              + "Marzuki, Saputra, Hasbullah"),
      NameLists.of(
          "Aminah, Rohmah, Fauziah, Hasanah, Hidayah, Mardiyah, Jannah, Zahra, Aisyah, "
              + "Nurhasanah, Maesaroh"),
      List.of("Jakarta")),
  MADURESE(
      Style.PERSONAL,
      null,
      null,
      0,
      NameLists.of(
          "Moh, Abdul, Achmad, Sholeh, Syaiful, Hasan, Fathorrahman, Subairi, Holil, "
              + "Busiri, Junaidi, Rofiq, Zainal, Hosnan, Mahfud, Ainur, Bahrul"),
      NameLists.of(
          "Siti, Hosniyah, Rohimah, Suryani, Juhairiyah, Munawaroh, Nurul, Maimunah, "
              + "Salamah, Hasanah, Khotijah, Fatimah, Ummi"),
      NameLists.of(
          "Rahman, Hasan, Sholeh, Fauzi, Hamid, Hosen, Ghofur, Arifin, Anwar, Hidayat, "
              + "Rosyidi, Effendi"),
      NameLists.of(
          "Aisyah, Hasanah, Rohmah, Maimunah, Hidayati, Jamilah, Fitriyah, Holifah, Zahro, "
              + "Qomariyah"),
      NameLists.of("Bangkalan, Sampang, Pamekasan, Sumenep")),
  BATAK(
      Style.FAMILY_NAME,
      null,
      null,
      0,
      NameLists.of(
          "Maruli, Tigor, Bonar, Rudolf, Hotman, Parlindungan, Sahat, Togar, Poltak, "
              + "Robert, Jhonson, Martin, Daniel, Frans, Benny, Harapan, Monang, Binsar, Ronald, "
              + "Juniarto, Samuel, Hotlan"),
      NameLists.of(
          "Tiur, Rosmawati, Lamria, Rotua, Nurhayati, Dameria, Maria, Debora, Lenny, Ruth, "
              + "Friska, Yanti, Tiurma, Erna, Hotmauli, Sondang, Romauli, Melva, Rosdiana, Lasma"),
      NameLists.of(
          "Siregar, Nasution, Simanjuntak, Hutapea, Sinaga, Situmorang, Pardede, Lubis, "
              + "Harahap, Manurung, Sitompul, Tampubolon, Napitupulu, Panjaitan, Silalahi, "
              + "Sihombing, Hutagalung, Pasaribu, Simatupang, Sitorus, Purba, Saragih, Damanik, "
              + "Ginting, Tarigan, Sembiring, Sitepu"),
      List.of(),
      NameLists.of(
          "Medan, Tarutung, Balige, Pematangsiantar, Sibolga, Padangsidimpuan, Kabanjahe")),
  MINANG(
      Style.PERSONAL,
      null,
      null,
      0,
      NameLists.of(
          "Afrizal, Zulkifli, Yusrizal, Hendri, Syafrizal, Nofriadi, Rahmat, Fadli, Irwan, "
              + "Jufri, Ikhsan, Rizal, Andri, Taufik, Fauzan, Masrizal, Zulfahmi, Edwar, Defri, "
              + "Ilham, Rinaldi"),
      NameLists.of(
          "Yulia, Rina, Desi, Elfira, Yusniar, Fitri, Nurul, Rahmi, Mardiana, Wirda, "
              + "Yessi, Suci, Deswita, Nelly, Rosna, Yenti, Dewi, Zulhaida, Rahmadani"),
      NameLists.of(
          "Putra, Effendi, Chaniago, Piliang, Koto, Tanjung, Sikumbang, Jambak, Syahputra, "
              + "Saputra, Marajo"),
      NameLists.of(
          "Yanti, Fitriani, Handayani, Marlina, Rahmadani, Novita, Sari, Yulianti, "
              + "Ernawati, Susanti, Chaniago, Piliang"),
      NameLists.of(
          "Padang, Bukittinggi, Payakumbuh, Padang Panjang, Solok, Batusangkar, Pariaman")),
  MALAY(
      Style.PERSONAL,
      null,
      null,
      0,
      NameLists.of(
          "Muhammad, Ahmad, Rizki, Syahrul, Hendra, Fauzi, Rudi, Zainal, Amir, Firdaus, "
              + "Hamdan, Ridho, Irfan, Yusuf, Zulkarnain, Azhar, Harun, Syamsul, Fikri, Ilham, "
              + "Rahmat, Dedi, Arman"),
      NameLists.of(
          "Siti, Nur, Aisyah, Fatimah, Rahma, Nurul, Yuliana, Hasanah, Zuraidah, Melati, "
              + "Intan, Juwita, Lela, Mariani, Rosmala, Fitria, Dahlia"),
      NameLists.of(
          "Effendi, Syahputra, Saputra, Hamzah, Ismail, Rahman, Abdullah, Hakim, Arifin, "
              + "Fadillah, Kurniawan, Ramadhan, Hasan"),
      NameLists.of(
          "Aini, Hayati, Zahra, Sari, Aulia, Ramadhani, Rahmawati, Safitri, Maharani, "
              + "Syafitri, Nuraini, Marlina"),
      NameLists.of("Pekanbaru, Palembang, Jambi, Tanjungpinang, Pontianak, Bengkalis")),
  ACEH(
      Style.PERSONAL,
      "Teuku",
      "Cut",
      8,
      NameLists.of(
          "Muhammad, Zulfadli, Mukhlis, Iskandar, Fadhil, Munawar, Khairul, Rizal, Azwar, "
              + "Samsul, Husaini, Nasruddin, Jamaluddin, Safrizal, Syahrizal, Mahdi, Ridwan, "
              + "Zulkarnaini, Hasbi, Fakhrurrazi"),
      NameLists.of(
          "Nurul, Rahmah, Fatimah, Zahratul, Aminah, Nurhayati, Rosmiati, Ainul, Hafsah, "
              + "Mutia, Zakiah, Ulfa, Safriana, Nadia"),
      NameLists.of(
          "Ibrahim, Usman, Yusuf, Ismail, Abdullah, Hasan, Daud, Ali, Mahmud, Ramli, "
              + "Saleh, Idris, Abubakar, Yahya"),
      NameLists.of(
          "Fitri, Husna, Mardhiah, Aini, Jannah, Hayati, Wardah, Rahmi, Maulidar, Safitri, "
              + "Rahmadhani"),
      NameLists.of("Banda Aceh, Sigli, Bireuen, Lhokseumawe, Meulaboh, Takengon")),
  CHINESE_INDONESIAN(
      Style.FAMILY_NAME,
      null,
      null,
      0,
      NameLists.of(
          "Hendra, Steven, Kevin, Yohanes, Budi, Ferry, Welly, Andi, Michael, Vincent, "
              + "William, Robert, Jimmy, Antonius, Edward, Felix, Rudy, Willy, Henry"),
      NameLists.of(
          "Lina, Meliana, Susanti, Jessica, Yuliana, Fransiska, Cindy, Natalia, Verawati, "
              + "Lilis, Melinda, Yenny, Lidya, Angela, Stefanie, Evelyn, Yunita, Linda, Sylvia, "
              + "Monica"),
      NameLists.of(
          "Wijaya, Halim, Tanoto, Salim, Tanuwijaya, Susanto, Kusuma, Sutanto, Santoso, "
              + "Tanudjaja, Gunadi, Kurniadi, Sugiarto, Tjandra, Setiadi, Hartanto, Kosasih, "
              + "Lim, Wibisono, Widjaja, Tanjaya, Lie"),
      List.of(),
      NameLists.of(
          "Medan, Jakarta, Pontianak, Singkawang, Surabaya, Semarang, Pangkalpinang, "
              + "Bagansiapiapi, Makassar")),
  BALINESE(
      Style.BALINESE,
      "I",
      "Ni",
      100,
      NameLists.of(
          "Sudarsana, Suardana, Artawan, Wirawan, Sukadana, Budiarta, Darmawan, Mahendra, "
              + "Suparta, Arsana, Ardana, Gunawan, Suyasa, Widiantara, Astawa, Sudiarta, "
              + "Mertayasa, Eka Putra, Adnyana, Sutama, Agus, Dharma"),
      NameLists.of(
          "Sri Wahyuni, Ayu Lestari, Sukerti, Suartini, Sudarmi, Wiryani, Ari Astuti, "
              + "Ratna Dewi, Darmini, Suarningsih, Sukmawati, Yuliantari, Kartini, Purnamasari, "
              + "Sri Ariani, Juliantari, Ayu Puspitasari, Sumiartini, Ayu"),
      List.of(),
      List.of(),
      NameLists.of("Denpasar, Singaraja, Tabanan, Gianyar, Klungkung, Amlapura, Bangli, Negara")),
  SASAK(
      Style.PERSONAL,
      "Lalu",
      "Baiq",
      10,
      NameLists.of(
          "Muhammad, Ahmad, Zainal, Sahnan, Hamdan, Supardi, Burhanudin, Fathurrahman, "
              + "Sahril, Muhlis, Zulkarnain, Junaidi, Hairul, Mahsun, Rusdi, Hasan"),
      NameLists.of(
          "Nurul, Siti, Rohani, Hirniati, Yuliani, Sumiati, Hairunnisa, Rahmatun, Zuhriah, "
              + "Nurhidayati, Marni, Fatmawati, Sri"),
      NameLists.of(
          "Abidin, Azhar, Hakim, Arifin, Mustofa, Anwar, Hadi, Fikri, Syahrial, Hidayat, "
              + "Maulana"),
      NameLists.of("Hasanah, Aini, Jannah, Fitriani, Sari, Hidayati, Wahyuni, Ulfa"),
      NameLists.of("Mataram, Praya, Selong, Gerung, Tanjung")),
  BUGIS(
      Style.PERSONAL,
      "Andi",
      "Andi",
      12,
      NameLists.of(
          "Muhammad, Haeruddin, Syamsul, Ridwan, Arifuddin, Nurdin, Baharuddin, "
              + "Hasanuddin, Amiruddin, Sudirman, Irwan, Syahrir, Abdul, Rahman, Jufri, Ilham, "
              + "Takdir, Akbar, Asri, Mansyur, Rusli"),
      NameLists.of(
          "Sitti, Hasnah, Rosdiana, Nurhayati, Hasmawati, Sumarni, Mardiana, Nurjannah, "
              + "Haslinda, Rahmawati, Kasmawati, Suriani, Irmawati, Nurfadillah, Asriani, "
              + "Jumriah, Hadijah"),
      NameLists.of(
          "Alam, Ahmad, Rauf, Latif, Basri, Rahim, Hamid, Umar, Tahir, Sanusi, Malik, "
              + "Kadir, Rasyid, Mappiare, Amir"),
      NameLists.of("Aminah, Rahmah, Hasanah, Sari, Ningsih, Syam"),
      NameLists.of(
          "Makassar, Watampone, Sengkang, Parepare, Sinjai, Bulukumba, Maros, Pangkajene")),
  MINAHASA(
      Style.FAMILY_NAME,
      null,
      null,
      0,
      NameLists.of(
          "Johny, Ferdy, Jefry, Rocky, Stenly, Frangky, Meiky, Hendrik, Ronny, Deddy, "
              + "Alfrits, Youdi, Novly, Marthen, Donald, Recky, Christian, Fandy, Gerald, Vicky"),
      NameLists.of(
          "Grace, Meity, Stevani, Mery, Vivi, Deisy, Jeane, Ribka, Lenny, Yuliana, "
              + "Christine, Novita, Olvie, Fenny, Sherly, Ineke, Marlyn, Vonny"),
      NameLists.of(
          "Rumengan, Sumampouw, Lumowa, Mandagi, Pangemanan, Wowor, Kaunang, Rondonuwu, "
              + "Lumenta, Tumbelaka, Karundeng, Pelealu, Sondakh, Tambuwun, Wenas, Mamahit, "
              + "Lengkong, Runtuwene, Supit, Tuerah, Walean, Rorimpandey, Kalalo"),
      List.of(),
      NameLists.of("Manado, Tomohon, Tondano, Bitung, Amurang, Airmadidi")),
  GORONTALO(
      Style.FAMILY_NAME,
      null,
      null,
      0,
      NameLists.of(
          "Rahmat, Fadli, Yusuf, Irwan, Sofyan, Arifin, Ramli, Rustam, Kasim, Roni, Abdul, "
              + "Hamzah, Ismail"),
      NameLists.of(
          "Nurain, Sartin, Rahmawati, Yuyun, Fatmah, Hadija, Sri, Nurhayati, Marlina, "
              + "Rusni, Nurlela"),
      NameLists.of(
          "Pakaya, Gobel, Lamatenggo, Dunggio, Katili, Panigoro, Mooduto, Tangahu, Daud, "
              + "Hasan, Mohamad, Abas, Usman, Ointu, Bano"),
      List.of(),
      NameLists.of("Gorontalo, Limboto, Marisa, Kwandang")),
  MALUKU_CHRISTIAN(
      Style.FAMILY_NAME,
      null,
      null,
      0,
      NameLists.of("Johanis, Marthin, Alfons, Semuel, Petrus, Frits, Izaak, Jacob, Ronald, Frans"),
      NameLists.of("Yosina, Magdalena, Jacoba, Paulina, Olivia, Merry, Novi, Selvi, Martha"),
      NameLists.of(
          "Pattinama, Latuheru, Sahetapy, Tuhumury, Pattipeilohy, Manuhutu, Leiwakabessy, "
              + "Matulessy, Wattimena, Siahaya, Huwae, Pelupessy"),
      List.of(),
      NameLists.of("Ambon, Saparua, Tual, Saumlaki")),
  MALUKU_MUSLIM(
      Style.FAMILY_NAME,
      null,
      null,
      0,
      NameLists.of("Abdul, Ahmad, Hasan, Ali, Rusdi, Umar, Ismail, Fadli, Jusuf, Mahmud"),
      NameLists.of("Nurhayati, Fatma, Salma, Hadija, Sitti, Rahma, Nurlela, Saida"),
      NameLists.of(
          "Tuasikal, Ohorella, Marasabessy, Wailissa, Latuconsina, Sangaji, Tomagola, "
              + "Umasugi, Tuanaya, Lessy"),
      List.of(),
      NameLists.of("Ambon, Masohi, Namlea, Ternate, Tidore")),
  PAPUAN(
      Style.FAMILY_NAME,
      null,
      null,
      0,
      NameLists.of(
          "Yohanis, Markus, Yakob, Nikolas, Otto, Frans, Yance, Elias, Benny, Herman, "
              + "Simon, Lukas, Daud, Nataniel, Agus, Yosias, Obaja, Yulius"),
      NameLists.of(
          "Maria, Yohana, Sarah, Martha, Selfina, Yuliana, Agustina, Fransina, Anace, "
              + "Ribka, Naomi, Dorkas, Lea, Marice, Susana, Frida, Yosina"),
      NameLists.of(
          "Wenda, Kogoya, Rumbiak, Mandowen, Yoku, Ohee, Kaisiepo, Mayor, Rumkorem, Wonda, "
              + "Tabuni, Karubaba, Sawaki, Wanggai, Rumaropen, Ayomi, Mofu, Wambrauw, Sroyer, "
              + "Tokoro"),
      List.of(),
      NameLists.of("Jayapura, Biak, Serui, Wamena, Nabire, Manokwari, Sorong")),
  NUSA_TENGGARA_TIMUR(
      Style.FAMILY_NAME,
      null,
      null,
      0,
      NameLists.of(
          "Yohanes, Petrus, Paulus, Fransiskus, Yosef, Marthen, Kornelis, Agustinus, "
              + "Stefanus, Aloysius, Yakobus, Daniel, Simon, Melkianus, Obed, Ferdinandus, "
              + "Benediktus"),
      NameLists.of(
          "Maria, Yuliana, Margaretha, Agustina, Yohana, Elisabeth, Dorkas, Katarina, "
              + "Sofia, Martha, Oktaviana, Imelda, Yasinta, Fransiska, Theresia, Ester"),
      NameLists.of(
          "Ndolu, Nope, Amalo, Tefa, Bria, Bere, Seran, Kase, Lado, Fanggidae, Manafe, "
              + "Messakh, Tanesib, Kolo, Bani, Nenobais, Tualaka, Nahak, Laka, Dethan, Pello"),
      List.of(),
      NameLists.of("Kupang, Ende, Maumere, Atambua, Soe, Larantuka, Ruteng")),
  DAYAK(
      Style.FAMILY_NAME,
      null,
      null,
      0,
      NameLists.of(
          "Yohanes, Agustinus, Markus, Petrus, Yulius, Dominikus, Rafael, Lukas, "
              + "Hendrikus, Kristianus, Aloysius, Antonius, Stefanus"),
      NameLists.of(
          "Maria, Yuliana, Veronika, Elisabet, Katarina, Rosalina, Theresia, Yasinta, "
              + "Fransiska, Margareta, Lusia"),
      NameLists.of(
          "Lasan, Usop, Dohong, Ngabut, Lawing, Ajang, Alung, Bilung, Lahang, Djaman, "
              + "Anyan, Igau"),
      List.of(),
      NameLists.of("Palangka Raya, Putussibau, Sintang, Muara Teweh, Sanggau, Malinau")),
  BANJAR(
      Style.PERSONAL,
      null,
      null,
      0,
      NameLists.of(
          "Muhammad, Ahmad, Rusdiansyah, Rahmadi, Syahrani, Normansyah, Hairiansyah, "
              + "Zainuddin, Mahyudin, Jumadi, Fahrurrazi, Ardiansyah, Rizali, Akhmad"),
      NameLists.of(
          "Siti, Norhayati, Mahmudah, Rusmini, Fitriani, Hairunnisa, Norlatifah, Rahmah, "
              + "Nurmiati, Aulia, Raudah, Jamilah, Noor"),
      NameLists.of(
          "Noor, Rahman, Hidayatullah, Rifani, Syarifuddin, Ansari, Arsyad, Fauzi, Hamidi, "
              + "Yusran"),
      NameLists.of("Rahmah, Hasanah, Jannah, Aini, Sari, Hayati, Fitriah, Aisyah"),
      NameLists.of("Banjarmasin, Martapura, Kandangan, Barabai, Amuntai"));

  /** The shape of a full name. */
  private enum Style {
    /** Personal names only, no family name; sometimes a single name. */
    PERSONAL,
    /** One or two given names and a clan or family name. */
    FAMILY_NAME,
    /** "I" or "Ni", a birth-order name and one or two personal names. */
    BALINESE
  }

  private static final List<String> BALINESE_BIRTH_ORDER_MALE =
      NameLists.of("Wayan, Putu, Gede, Made, Kadek, Nyoman, Komang, Ketut");
  private static final List<String> BALINESE_BIRTH_ORDER_FEMALE =
      NameLists.of("Wayan, Putu, Luh, Made, Kadek, Nyoman, Komang, Ketut");

  /** Batak women often carry "Br" (boru, daughter of) before the clan name on their KTP. */
  private static final int BATAK_BORU_PERCENT = 40;

  private final Style style;
  private final String malePrefix;
  private final String femalePrefix;
  private final int prefixPercent;
  private final List<String> maleGivenNames;
  private final List<String> femaleGivenNames;
  private final List<String> maleSecondNames;
  private final List<String> femaleSecondNames;
  private final List<String> homeTowns;

  NamingCulture(
      Style style,
      String malePrefix,
      String femalePrefix,
      int prefixPercent,
      List<String> maleGivenNames,
      List<String> femaleGivenNames,
      List<String> maleSecondNames,
      List<String> femaleSecondNames,
      List<String> homeTowns) {
    this.style = style;
    this.malePrefix = malePrefix;
    this.femalePrefix = femalePrefix;
    this.prefixPercent = prefixPercent;
    this.maleGivenNames = maleGivenNames;
    this.femaleGivenNames = femaleGivenNames;
    this.maleSecondNames = maleSecondNames;
    // Family names are shared by both genders; personal second names differ.
    this.femaleSecondNames = femaleSecondNames.isEmpty() ? maleSecondNames : femaleSecondNames;
    this.homeTowns = homeTowns;
  }

  /** A full name as it would stand on the identity card. */
  String fullName(Random random, boolean female) {
    return switch (style) {
      case PERSONAL -> personalName(random, female);
      case FAMILY_NAME -> familyName(random, female);
      case BALINESE -> balineseName(random, female);
    };
  }

  /** A town people of this tradition are often born in. */
  String homeTown(Random random) {
    return pick(random, homeTowns);
  }

  private String personalName(Random random, boolean female) {
    List<String> given = female ? femaleGivenNames : maleGivenNames;
    List<String> second = female ? femaleSecondNames : maleSecondNames;
    String first = pick(random, given);
    int shape = random.nextInt(100);
    String name;
    if (shape < 10) {
      name = first;
    } else if (shape < 88) {
      name = first + " " + pickOther(random, second, first);
    } else {
      String middle = pickOther(random, given, first);
      name = first + " " + middle + " " + pickOther(random, second, middle);
    }
    return withPrefix(random, female, name);
  }

  private String familyName(Random random, boolean female) {
    List<String> given = female ? femaleGivenNames : maleGivenNames;
    String first = pick(random, given);
    String givenPart =
        random.nextInt(100) < 20 ? first + " " + pickOther(random, given, first) : first;
    String family = pick(random, maleSecondNames);
    if (this == BATAK && female && random.nextInt(100) < BATAK_BORU_PERCENT) {
      return givenPart + " Br " + family;
    }
    return givenPart + " " + family;
  }

  private String balineseName(Random random, boolean female) {
    String birthOrder =
        pick(random, female ? BALINESE_BIRTH_ORDER_FEMALE : BALINESE_BIRTH_ORDER_MALE);
    String personal = pick(random, female ? femaleGivenNames : maleGivenNames);
    return (female ? femalePrefix : malePrefix) + " " + birthOrder + " " + personal;
  }

  private String withPrefix(Random random, boolean female, String name) {
    String prefix = female ? femalePrefix : malePrefix;
    if (prefix != null && random.nextInt(100) < prefixPercent && !name.startsWith(prefix)) {
      return prefix + " " + name;
    }
    return name;
  }

  static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Avoids names like "Agus Agus" while staying deterministic. */
  private static String pickOther(Random random, List<String> values, String avoid) {
    String value = pick(random, values);
    return value.equals(avoid) ? values.get((values.indexOf(value) + 1) % values.size()) : value;
  }
}
