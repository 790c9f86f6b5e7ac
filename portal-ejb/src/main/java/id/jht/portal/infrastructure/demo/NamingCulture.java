package id.jht.portal.infrastructure.demo;

import java.util.List;
import java.util.Random;

/**
 * How people of one naming tradition in Indonesia are named, with typical names and the towns they
 * tend to come from. The shapes differ on purpose (single names, clan names, Balinese birth order
 * names, noble prefixes), because name matching and display must cope with all of them.
 */
enum NamingCulture {
  JAVANESE,
  SUNDANESE,
  BETAWI,
  MADURESE,
  BATAK,
  MINANG,
  MALAY,
  ACEH,
  CHINESE_INDONESIAN,
  BALINESE,
  SASAK,
  BUGIS,
  MINAHASA,
  GORONTALO,
  MALUKU_CHRISTIAN,
  MALUKU_MUSLIM,
  PAPUAN,
  NUSA_TENGGARA_TIMUR,
  DAYAK,
  BANJAR;

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

  NamingCulture() {
    DemoResource.Table table = NamingTables.of(name());
    this.style = Style.valueOf(table.text("style"));
    this.malePrefix = table.optionalText("malePrefix");
    this.femalePrefix = table.optionalText("femalePrefix");
    this.prefixPercent = Integer.parseInt(table.text("prefixPercent"));
    this.maleGivenNames = table.names("maleGivenNames");
    this.femaleGivenNames = table.names("femaleGivenNames");
    this.maleSecondNames = table.names("maleSecondNames");
    // Family names are shared by both genders; personal second names differ.
    List<String> femaleSecond = table.names("femaleSecondNames");
    this.femaleSecondNames = femaleSecond.isEmpty() ? maleSecondNames : femaleSecond;
    this.homeTowns = table.names("homeTowns");
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
