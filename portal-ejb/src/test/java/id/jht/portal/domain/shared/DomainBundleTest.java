package id.jht.portal.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.model.claim.ClaimReason;
import id.jht.portal.domain.model.claim.DocumentType;
import id.jht.portal.domain.model.claim.EligibilityPolicy;
import id.jht.portal.domain.model.claim.EligibilityRules;
import id.jht.portal.domain.model.claim.MembershipFacts;
import id.jht.portal.domain.model.contact.Bank;
import id.jht.portal.domain.model.contact.BankAccount;
import id.jht.portal.domain.model.contact.EmailAddress;
import id.jht.portal.domain.model.contact.MobileNumber;
import id.jht.portal.domain.model.participant.Gender;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.MembershipStatus;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Npwp;
import id.jht.portal.domain.model.participant.PersonName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the domain bundles against each other and against the code: same keys in both languages, a
 * text for every key the code can return, and no text the code never asks for.
 */
class DomainBundleTest {

  private static final String[] LANGUAGES = {"id", "en"};
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final Pattern KEY_LITERAL =
      Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");
  private static final Path MAIN_SOURCES = Path.of("src/main/java/id/jht/portal/domain");

  private static Properties indonesian;
  private static Properties english;

  @BeforeAll
  static void loadBundles() throws IOException {
    indonesian = load("id");
    english = load("en");
  }

  private static Properties load(String language) throws IOException {
    try (InputStream in = resource(language)) {
      assertNotNull(in, "bundle " + language);
      Properties properties = new Properties();
      properties.load(in);
      return properties;
    }
  }

  private static InputStream resource(String language) {
    return DomainBundleTest.class
        .getClassLoader()
        .getResourceAsStream("i18n/domain_" + language + ".properties");
  }

  private static Set<String> keys(Properties properties) {
    return new TreeSet<>(properties.stringPropertyNames());
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertEquals(keys(indonesian), keys(english));
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void filesArePlainAscii(String language) throws IOException {
    try (InputStream in = resource(language)) {
      byte[] bytes = in.readAllBytes();
      for (int i = 0; i < bytes.length; i++) {
        assertTrue(bytes[i] >= 0, "non-ASCII byte at offset " + i + " in " + language);
      }
    }
  }

  @Test
  void noTextIsEmptyOrUsesTheMessageFormatQuote() {
    for (Properties bundle : List.of(indonesian, english)) {
      for (String key : keys(bundle)) {
        String text = bundle.getProperty(key);
        assertFalse(text.isBlank(), key);
        assertFalse(text.contains("'"), key + " contains an apostrophe");
        new MessageFormat(text, Locale.ROOT); // throws on a malformed pattern
      }
    }
  }

  @Test
  void bothLanguagesUseTheSamePlaceholders() {
    for (String key : keys(indonesian)) {
      assertEquals(
          placeholders(indonesian.getProperty(key)), placeholders(english.getProperty(key)), key);
    }
  }

  @Test
  void everyLabelKeyExists() {
    List<String> labelKeys = new ArrayList<>();
    Arrays.stream(ClaimReason.values()).map(ClaimReason::messageKey).forEach(labelKeys::add);
    Arrays.stream(DocumentType.values()).map(DocumentType::messageKey).forEach(labelKeys::add);
    Arrays.stream(Bank.values()).map(Bank::messageKey).forEach(labelKeys::add);
    Arrays.stream(Gender.values()).map(Gender::messageKey).forEach(labelKeys::add);
    Arrays.stream(MembershipStatus.values())
        .map(MembershipStatus::messageKey)
        .forEach(labelKeys::add);
    for (String key : labelKeys) {
      assertTrue(indonesian.containsKey(key), key + " missing in domain_id");
      assertTrue(english.containsKey(key), key + " missing in domain_en");
    }
  }

  /**
   * Triggers every message the domain can return and checks that both bundles have it and that its
   * placeholders are exactly the arguments given.
   */
  @Test
  void everyMessageTheCodeReturnsHasATextThatUsesAllItsArguments() {
    List<Message> returned = everyReturnedMessage();
    for (Message message : returned) {
      for (Properties bundle : List.of(indonesian, english)) {
        String text = bundle.getProperty(message.key());
        assertNotNull(text, message.key() + " missing");
        Set<Integer> expected =
            IntStream.range(0, message.args().size()).boxed().collect(Collectors.toSet());
        assertEquals(expected, placeholders(text), message.key());
        String formatted = new MessageFormat(text, Locale.ROOT).format(formattedArgs(message));
        assertFalse(PLACEHOLDER.matcher(formatted).find(), formatted);
      }
    }
  }

  /**
   * Every key written as a literal in the domain code has a text, and every text that is not an
   * enum label is asked for by the code (no dead texts).
   */
  @Test
  void bundleKeysAndKeyLiteralsInTheCodeMatch() throws IOException {
    Set<String> literals = keyLiteralsInMainSources();
    Set<String> messageKeys =
        keys(indonesian).stream().filter(key -> !isLabelKey(key)).collect(toTreeSet());

    assertEquals(messageKeys, literals);
    Set<String> triggered = everyReturnedMessage().stream().map(Message::key).collect(toTreeSet());
    assertEquals(messageKeys, triggered, "every message key is reachable from a test case");
  }

  private static boolean isLabelKey(String key) {
    return Stream.of("reason.", "document.", "gender.", "membershipStatus.")
            .anyMatch(key::startsWith)
        || (key.startsWith("bank.") && isBankName(key.substring("bank.".length())));
  }

  private static boolean isBankName(String name) {
    return Arrays.stream(Bank.values()).anyMatch(bank -> bank.name().equals(name));
  }

  private static Set<String> keyLiteralsInMainSources() throws IOException {
    assertTrue(Files.isDirectory(MAIN_SOURCES), "run with the module directory as working dir");
    Set<String> literals = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
        while (matcher.find()) {
          literals.add(matcher.group(1));
        }
      }
    }
    return literals;
  }

  private static Object[] formattedArgs(Message message) {
    // The web layer formats dates itself before filling the placeholders.
    return message.args().stream()
        .map(arg -> arg instanceof LocalDate date ? date.toString() : arg)
        .toArray();
  }

  private static Set<Integer> placeholders(String text) {
    Set<Integer> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(Integer.parseInt(matcher.group(1)));
    }
    return found;
  }

  private static java.util.stream.Collector<String, ?, TreeSet<String>> toTreeSet() {
    return Collectors.toCollection(TreeSet::new);
  }

  /** One failing input per message the domain can return. */
  private static List<Message> everyReturnedMessage() {
    List<Message> messages = new ArrayList<>();
    List<Executable> failures =
        List.of(
            () -> Nik.of(""),
            () -> Nik.of("31740115019000O1"),
            () -> Nik.of("317401150190001"),
            () -> Nik.of("9974011501900001"),
            () -> Nik.of("3100001501900001"),
            () -> Nik.of("3174013201900001"),
            () -> Nik.of("3174011501900000"),
            () -> Kpj.of(""),
            () -> Kpj.of("1901234567a"),
            () -> Kpj.of("1901234567"),
            () -> PersonName.of(" "),
            () -> MobileNumber.of(""),
            () -> MobileNumber.of("0812a4567890"),
            () -> MobileNumber.of("0215551234"),
            () -> MobileNumber.of("081234567"),
            () -> EmailAddress.of(""),
            () -> EmailAddress.of("a".repeat(250) + "@x.com"),
            () -> EmailAddress.of("nama.contoh.com"),
            () -> EmailAddress.of(".nama@contoh.com"),
            () -> EmailAddress.of("nama@gmail"),
            () -> Npwp.of(""),
            () -> Npwp.of("01.855.081.4/412.000"),
            () -> Npwp.of("01.855.081.4-412.00"),
            () -> Npwp.of("01.855.081.5-412.000"),
            () -> Npwp.of("00.000.000.0-000.000"),
            () -> BankAccount.of(null, "1234567890"),
            () -> BankAccount.of(Bank.BCA, ""),
            () -> BankAccount.of(Bank.BCA, "12345abcde"),
            () -> BankAccount.of(Bank.CIMB_NIAGA, "12345678901"));
    for (Executable failure : failures) {
      messages.add(assertThrows(InvalidValueException.class, failure).message());
    }
    EligibilityRules rules = new EligibilityRules(EligibilityPolicy.defaults());
    LocalDate today = LocalDate.of(2025, 3, 10);
    LocalDate birth = LocalDate.of(1990, 1, 15);
    LocalDate start = LocalDate.of(2020, 1, 1);
    MembershipFacts active =
        new MembershipFacts(birth, start, MembershipStatus.ACTIVE, null, 1_000, true, true);
    MembershipFacts justStopped =
        new MembershipFacts(birth, start, MembershipStatus.NON_ACTIVE, today, 1_000, false, false);
    MembershipFacts empty =
        new MembershipFacts(birth, start, MembershipStatus.ACTIVE, null, 0, false, false);
    List<EligibilityCase> cases =
        List.of(
            new EligibilityCase(ClaimReason.DEATH, empty),
            new EligibilityCase(ClaimReason.RETIREMENT_AGE, active),
            new EligibilityCase(ClaimReason.RESIGNATION, active),
            new EligibilityCase(ClaimReason.SELF_EMPLOYED_STOPPED, active),
            new EligibilityCase(ClaimReason.RESIGNATION, justStopped),
            new EligibilityCase(ClaimReason.PARTIAL_OTHER, justStopped),
            new EligibilityCase(ClaimReason.PARTIAL_OTHER, active),
            new EligibilityCase(ClaimReason.PARTIAL_HOUSING, active));
    for (EligibilityCase refused : cases) {
      messages.add(rules.decide(refused.reason(), refused.facts(), today).refusal());
    }
    java.time.ZoneId wib = java.time.ZoneId.of("Asia/Jakarta");
    java.time.LocalTime ten = java.time.LocalTime.of(10, 0);
    for (String when :
        List.of("2025-03-09T03:00:00Z", "2025-03-10T02:00:00Z", "2025-03-11T03:00:00Z")) {
      messages.add(
          id.jht.portal.domain.model.queue.NoShowRule.refusal(
                  today, ten, wib, java.time.Instant.parse(when))
              .orElseThrow());
    }
    messages.addAll(correctionMessages(today, start));
    return messages;
  }

  /** The refusals of a correction request's statement, letter date and refusal reason. */
  private static List<Message> correctionMessages(LocalDate today, LocalDate start) {
    var branch =
        new id.jht.portal.domain.model.branch.BranchOffice(
            "SDA",
            "Sidoarjo",
            "Jl. A",
            "Sidoarjo",
            "Jawa Timur",
            java.time.ZoneId.of("Asia/Jakarta"),
            java.math.BigDecimal.ONE,
            java.math.BigDecimal.ONE);
    var participant =
        new id.jht.portal.domain.model.participant.Participant(
            Nik.of("3515076208930002"),
            PersonName.of("Rina"),
            "Surabaya",
            LocalDate.of(1993, 8, 22),
            Gender.FEMALE,
            "Siti",
            null,
            null,
            branch);
    var membership =
        new id.jht.portal.domain.model.participant.Membership(
            participant,
            Kpj.of("17092635518"),
            "PT A",
            start,
            MembershipStatus.ACTIVE,
            null,
            1_000);
    var request =
        id.jht.portal.domain.model.correction.CorrectionRequest.membershipStatus(
            membership,
            "Keluar.",
            today,
            new id.jht.portal.domain.model.correction.StoredEvidence(
                "a.pdf", "k", "application/pdf"),
            java.time.Instant.EPOCH,
            today);
    List<Executable> failures =
        List.of(
            () ->
                id.jht.portal.domain.model.correction.CorrectionRequest.checkMembershipStatus(
                    membership, " ", today, today),
            () ->
                id.jht.portal.domain.model.correction.CorrectionRequest.checkMembershipStatus(
                    membership, "x".repeat(501), today, today),
            () ->
                id.jht.portal.domain.model.correction.CorrectionRequest.checkMembershipStatus(
                    membership, "Keluar.", null, today),
            () ->
                id.jht.portal.domain.model.correction.CorrectionRequest.checkMembershipStatus(
                    membership, "Keluar.", today.plusDays(1), today),
            () ->
                id.jht.portal.domain.model.correction.CorrectionRequest.checkMembershipStatus(
                    membership, "Keluar.", start.minusDays(1), today),
            () -> request.refuse(" ", "petugas", java.time.Instant.EPOCH),
            () -> identity(membership, " ", LocalDate.of(1993, 8, 22), today),
            () -> identity(membership, "Rina K", null, today),
            () -> identity(membership, "Rina K", today.plusDays(1), today),
            () -> identity(membership, "Rina K", LocalDate.of(1993, 8, 23), today),
            () -> identity(membership, "RINA", LocalDate.of(1993, 8, 22), today),
            () -> id.jht.portal.domain.model.correction.CorrectionReference.typed("ABC"));
    List<Message> messages = new ArrayList<>();
    for (Executable failure : failures) {
      messages.add(assertThrows(InvalidValueException.class, failure).message());
    }
    return messages;
  }

  /** An identity correction of the membership's participant with this e-KTP data. */
  private static void identity(
      id.jht.portal.domain.model.participant.Membership membership,
      String name,
      LocalDate birthDate,
      LocalDate today) {
    id.jht.portal.domain.model.correction.CorrectionRequest.identityData(
        membership,
        new id.jht.portal.domain.model.correction.EktpData(name, birthDate),
        "Salah eja.",
        new id.jht.portal.domain.model.correction.StoredEvidence("a.jpg", "k", "image/jpeg"),
        id.jht.portal.domain.model.correction.CorrectionReference.typed("ABCDE23456"),
        java.time.Instant.EPOCH,
        today);
  }

  private record EligibilityCase(ClaimReason reason, MembershipFacts facts) {}
}
