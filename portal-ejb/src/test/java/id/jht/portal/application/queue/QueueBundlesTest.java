package id.jht.portal.application.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.queue.TicketStatus;
import id.jht.portal.domain.shared.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The queue bundles agree with each other and hold every key the queue code hands out. */
class QueueBundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

  private static Properties load(String language) throws IOException {
    String resource = "/i18n/queue_" + language + ".properties";
    try (InputStream in = QueueBundlesTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is missing");
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
      return properties;
    }
  }

  private static List<Message> messagesTheCodeHandsOut() {
    BranchOffice sda =
        BranchOffice.detached(
            1,
            "SDA",
            "Sidoarjo",
            "Jl.",
            "Sidoarjo",
            "Jawa Timur",
            ZoneId.of("Asia/Jakarta"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            true);
    LocalDate day = LocalDate.of(2026, 11, 23);
    AllocatedTicket ticket =
        new AllocatedTicket(
            1,
            2,
            3,
            sda,
            day,
            "B",
            LocalTime.of(10, 0),
            LocalTime.of(12, 0),
            17,
            "SDA-261123-B017",
            new BookingCode("K7QXM3PRT9"));
    return List.of(
        new AllocationOutcome.Allocated(ticket).message(),
        new AllocationOutcome.SessionFull("SDA", day, "B", 50).message(),
        new AllocationOutcome.AlreadyBooked(null).message(),
        new AllocationOutcome.AlreadyBooked("SDA-261123-B017").message(),
        new AllocationOutcome.NotAWorkingDay(day).message(),
        new AllocationOutcome.SessionUnknown(1, "D").message(),
        new AllocationOutcome.NothingToReschedule().message(),
        new CallOutcome.Called(new CalledTicket(1, 2, "A", 1, "SDA-261123-A001", "Loket 1", 9))
            .message(),
        new CallOutcome.NoneWaiting().message(),
        new CallOutcome.DeskMissing().message());
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertEquals(
        new TreeSet<>(load("id").stringPropertyNames()),
        new TreeSet<>(load("en").stringPropertyNames()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void everyMessageTheCodeHandsOutHasATextWithItsPlaceholders(String language) throws IOException {
    Properties texts = load(language);
    for (Message m : messagesTheCodeHandsOut()) {
      String text = texts.getProperty(m.key());
      assertNotNull(text, m.key() + " missing in " + language);
      assertEquals(m.args().size(), placeholders(text).size(), m.key() + " placeholders");
    }
    for (Alternative.Kind kind : Alternative.Kind.values()) {
      assertNotNull(texts.getProperty("queue.alternatives." + kind), kind + " in " + language);
    }
    for (TicketStatus status : TicketStatus.values()) {
      assertNotNull(texts.getProperty("queue.status." + status), status + " in " + language);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void textsAreNamespacedAsciiAndValidMessageFormats(String language) throws IOException {
    Properties texts = load(language);
    for (String key : texts.stringPropertyNames()) {
      String text = texts.getProperty(key);
      assertTrue(key.startsWith("queue."), key);
      assertTrue(text.chars().allMatch(ch -> ch >= 32 && ch < 127), key + " is not plain ASCII");
      assertFalse(text.contains("'"), key + " has an apostrophe (a MessageFormat quote)");
      new MessageFormat(text);
    }
  }

  @Test
  void placeholdersMatchBetweenLanguages() throws IOException {
    Properties id = load("id");
    Properties en = load("en");
    for (String key : id.stringPropertyNames()) {
      assertEquals(placeholders(id.getProperty(key)), placeholders(en.getProperty(key)), key);
    }
  }

  private static Set<Integer> placeholders(String text) {
    Set<Integer> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }
}
