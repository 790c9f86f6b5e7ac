package id.jht.portal.infrastructure.demo;

import static id.jht.portal.infrastructure.demo.MembershipSeed.ACTIVE;
import static id.jht.portal.infrastructure.demo.MembershipSeed.NON_ACTIVE;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The crowd of anonymous participants that makes queues, searches and reports look real.
 *
 * <p>Their dates are anchored to {@link #SNAPSHOT_DATE}, not to the caller's date, because they
 * must be identical whatever day the demo is generated for. Only {@link Random#nextInt(int)},
 * {@link Random#nextBoolean()}, {@link Random#nextDouble()}, {@link StrictMath} and plain double
 * arithmetic are used: their results are specified exactly, so every JVM produces the same data
 * from the same seed.
 */
final class AnonymousParticipantGenerator {

  static final long SEED = 20_260_117L;
  static final int COUNT = 2_400;

  /** The day the anonymous registry extract is "as of". */
  static final LocalDate SNAPSHOT_DATE = LocalDate.of(2025, 12, 31);

  private static final LocalDate OLDEST_BIRTH_DATE = LocalDate.of(1966, 1, 1);
  private static final LocalDate YOUNGEST_BIRTH_DATE = LocalDate.of(2004, 12, 31);

  /** Jamsostek, the JHT's predecessor scheme, started in 1992. */
  private static final LocalDate EARLIEST_MEMBERSHIP = LocalDate.of(1993, 1, 1);

  private static final long MIN_BALANCE = 2_000_000L;
  private static final long MAX_BALANCE = 300_000_000L;

  /** JHT contributions: 3.7 % of the wage from the employer plus 2 % from the worker. */
  private static final double CONTRIBUTION_RATE = 0.057;

  private static final int EMPLOYER_POOL_SIZE = 450;
  private static final int HIGHEST_ANONYMOUS_NIK_SEQUENCE = 8999;

  private static final List<String> MOBILE_PREFIXES =
      NameLists.of(
          "811, 812, 813, 821, 822, 823, 851, 852, 853, 814, 815, 816, 855, 856, 857, 858, "
              + "817, 818, 819, 859, 877, 878, 831, 832, 833, 838, 895, 896, 897, 898, 899, 881, "
              + "882, 883, 887, 888");

  private final Random random = new Random(SEED);
  private final List<BranchCatalog.Entry> branches = BranchCatalog.entries();
  private final int totalBranchWeight =
      branches.stream().mapToInt(BranchCatalog.Entry::weight).sum();
  private final Set<String> niks = new HashSet<>();
  private final Set<String> kpjs = new HashSet<>();
  private final Set<String> emails = new HashSet<>();
  private final Set<String> phones = new HashSet<>();
  private final List<String> employers;

  AnonymousParticipantGenerator() {
    for (ParticipantSeed named : NamedDemoParticipants.identifiersOnly()) {
      named.memberships().forEach(membership -> kpjs.add(membership.kpj()));
      emails.add(named.email());
      phones.add(named.phone());
    }
    employers = EmployerNames.pool(random, EMPLOYER_POOL_SIZE);
  }

  List<ParticipantSeed> generate() {
    List<ParticipantSeed> participants = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      participants.add(participant());
    }
    return List.copyOf(participants);
  }

  private ParticipantSeed participant() {
    BranchCatalog.Entry branch = pickBranch();
    ProvinceProfile province = ProvinceProfiles.forProvince(branch.seed().province());
    boolean female = random.nextBoolean();
    NamingCulture culture = province.cultures().pick(random);
    String fullName = culture.fullName(random, female);
    LocalDate birthDate = dateBetween(OLDEST_BIRTH_DATE, YOUNGEST_BIRTH_DATE);
    String birthPlace =
        random.nextInt(100) < 60
            ? NamingCulture.pick(random, province.birthPlaces())
            : culture.homeTown(random);
    NamingCulture motherCulture =
        random.nextInt(100) < 75 ? culture : province.cultures().pick(random);
    String mother = motherCulture.fullName(random, true);
    String nik = uniqueNik(regency(province, branch), birthDate, female);
    String email = uniqueEmail(fullName, birthDate);
    String phone = uniquePhone();
    List<MembershipSeed> memberships = memberships(birthDate);
    int failedAttempts = failedAttempts();
    return new ParticipantSeed(
        nik,
        fullName,
        birthPlace,
        birthDate,
        female ? ParticipantSeed.FEMALE : ParticipantSeed.MALE,
        mother,
        email,
        phone,
        branch.seed().code(),
        memberships,
        failedAttempts,
        failedAttempts >= 3,
        null);
  }

  private BranchCatalog.Entry pickBranch() {
    int ticket = random.nextInt(totalBranchWeight);
    for (BranchCatalog.Entry entry : branches) {
      ticket -= entry.weight();
      if (ticket < 0) {
        return entry;
      }
    }
    throw new IllegalStateException("unreachable: ticket below total weight");
  }

  /** Most people live in the branch's own regency, the others elsewhere in the province. */
  private Regency regency(ProvinceProfile province, BranchCatalog.Entry branch) {
    if (random.nextInt(100) < 55) {
      return province
          .regency(branch.regencyCode())
          .orElseThrow(() -> new IllegalStateException("Branch regency not in its province"));
    }
    return province.regencies().get(random.nextInt(province.regencies().size()));
  }

  /** Registry sequences are low numbers; a clash moves on to the next free one. */
  private String uniqueNik(Regency regency, LocalDate birthDate, boolean female) {
    String regionCode = regency.regionCode(random);
    int sequence = 1 + random.nextInt(120);
    String nik = IdentityNumbers.nik(regionCode, birthDate, female, sequence);
    while (!niks.add(nik)) {
      sequence++;
      if (sequence > HIGHEST_ANONYMOUS_NIK_SEQUENCE) {
        throw new IllegalStateException("NIK sequences exhausted in region " + regionCode);
      }
      nik = IdentityNumbers.nik(regionCode, birthDate, female, sequence);
    }
    return nik;
  }

  private String uniqueKpj() {
    String kpj;
    do {
      kpj =
          String.format(
              Locale.ROOT,
              "%02d%05d%04d",
              10 + random.nextInt(90),
              random.nextInt(100_000),
              random.nextInt(10_000));
    } while (!kpjs.add(kpj));
    return kpj;
  }

  private String uniqueEmail(String fullName, LocalDate birthDate) {
    List<String> parts = new ArrayList<>();
    for (String token : fullName.split(" ")) {
      if (!token.equals("I") && !token.equals("Ni") && !token.equals("Br")) {
        parts.add(token.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
      }
    }
    String first = parts.get(0);
    String last = parts.get(parts.size() - 1);
    String both = parts.size() > 1 ? first + "." + last : first;
    int shape = random.nextInt(100);
    String local;
    if (shape < 40) {
      local = both;
    } else if (shape < 70) {
      local = both + String.format(Locale.ROOT, "%02d", birthDate.getYear() % 100);
    } else if (shape < 85) {
      local = first + (parts.size() > 1 ? last : "") + (10 + random.nextInt(990));
    } else {
      local = both.replace('.', '_');
    }
    String domain = random.nextInt(100) < 70 ? "example.com" : "example.co.id";
    String email = local + "@" + domain;
    for (int suffix = 2; !emails.add(email); suffix++) {
      email = local + suffix + "@" + domain;
    }
    return email;
  }

  private String uniquePhone() {
    String phone;
    do {
      StringBuilder number =
          new StringBuilder("+62").append(NamingCulture.pick(random, MOBILE_PREFIXES));
      int digits = 7 + random.nextInt(3);
      for (int i = 0; i < digits; i++) {
        number.append(random.nextInt(10));
      }
      phone = number.toString();
    } while (!phones.add(phone));
    return phone;
  }

  /**
   * One to three jobs in a row, each with its own KPJ; earlier ones ended (non-active), the last
   * one may still be going on.
   */
  private List<MembershipSeed> memberships(LocalDate birthDate) {
    int wanted = 1 + (random.nextInt(100) < 60 ? 0 : random.nextInt(100) < 70 ? 1 : 2);
    LocalDate earliest = later(birthDate.plusYears(18), EARLIEST_MEMBERSHIP);
    LocalDate start = dateBetween(earliest, later(earliest, SNAPSHOT_DATE.minusYears(1)));
    List<MembershipSeed> memberships = new ArrayList<>();
    List<String> employersTaken = new ArrayList<>();
    for (int i = 0; i < wanted; i++) {
      String employer = pickEmployer(employersTaken);
      LocalDate end = start.plusMonths(6 + random.nextInt(12 * 8));
      boolean last = i == wanted - 1 || !end.isBefore(SNAPSHOT_DATE.minusMonths(9));
      if (last) {
        boolean stillWorking = random.nextInt(100) < 55;
        end = stillWorking ? null : dateBetween(start.plusMonths(1), SNAPSHOT_DATE.minusDays(1));
        memberships.add(membership(employer, start, end));
        break;
      }
      memberships.add(membership(employer, start, end));
      start = end.plusDays(1 + random.nextInt(180));
    }
    return memberships;
  }

  private MembershipSeed membership(String employer, LocalDate start, LocalDate nonActiveSince) {
    LocalDate end = nonActiveSince == null ? SNAPSHOT_DATE : nonActiveSince;
    long months = ChronoUnit.MONTHS.between(start, end);
    boolean tenYears = months >= 120;
    return new MembershipSeed(
        uniqueKpj(),
        employer,
        start,
        nonActiveSince == null ? ACTIVE : NON_ACTIVE,
        nonActiveSince,
        balance(months),
        tenYears && random.nextInt(100) < 12,
        tenYears && random.nextInt(100) < 6);
  }

  /**
   * Contributions on a wage between Rp 2.5 and 20 juta a month (far more low wages than high ones)
   * plus a rough allowance for investment returns, kept within Rp 2 to 300 juta.
   */
  private long balance(long months) {
    double skew = random.nextDouble();
    double wage = 2_500_000d * StrictMath.pow(8d, skew * skew);
    double years = months / 12d;
    long balance = Math.round(months * wage * CONTRIBUTION_RATE * (1 + 0.025 * years));
    if (balance < MIN_BALANCE) {
      return MIN_BALANCE + random.nextInt(500_000);
    }
    if (balance > MAX_BALANCE) {
      return MAX_BALANCE - random.nextInt(20_000_000);
    }
    return balance;
  }

  private String pickEmployer(List<String> taken) {
    String employer;
    do {
      employer = NamingCulture.pick(random, employers);
    } while (taken.contains(employer));
    taken.add(employer);
    return employer;
  }

  /** Most people never mistype their KPJ; a few are locked out after three wrong entries. */
  private int failedAttempts() {
    int roll = random.nextInt(1000);
    if (roll < 900) {
      return 0;
    }
    if (roll < 970) {
      return 1;
    }
    return roll < 990 ? 2 : 3;
  }

  private LocalDate dateBetween(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return from.plusDays(random.nextInt((int) days + 1));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
