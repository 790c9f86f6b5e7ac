package id.jht.portal.application.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.model.claim.ClaimStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The booking bundles against each other and the code: the same keys and placeholders in both
 * languages, plain ASCII without apostrophes, a text for every key the code names, and a label for
 * every claim status and timeline stage.
 */
class BookingBundleTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
  private static final Pattern KEY_IN_CODE = Pattern.compile("\"(booking\\.[A-Za-z.]+[A-Za-z])\"");
  private static final List<Path> SOURCES =
      List.of(
          Path.of("src/main/java/id/jht/portal/application/booking"),
          Path.of("../portal-web/src/main/java/id/jht/portal/interfaces/web/booking"));

  private static Properties load(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        BookingBundleTest.class.getResourceAsStream("/i18n/booking_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
    Properties id = load("id");
    Properties en = load("en");
    assertEquals(new TreeSet<>(id.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    for (String key : id.stringPropertyNames()) {
      assertTrue(key.startsWith("booking."), key);
      assertEquals(placeholders(id.getProperty(key)), placeholders(en.getProperty(key)), key);
    }
  }

  @Test
  void textsArePlainAsciiWithoutApostrophesAndFormat() throws IOException {
    for (String language : new String[] {"id", "en"}) {
      Properties texts = load(language);
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        assertFalse(text.contains("'"), language + " " + key + " has an apostrophe");
        assertTrue(text.chars().allMatch(c -> c == '\n' || (c >= 32 && c < 127)), key);
        String formatted = new MessageFormat(text).format(new Object[] {2, 3, 4, 5, 6});
        assertFalse(formatted.contains("{"), language + " " + key);
      }
    }
  }

  @Test
  void everyKeyTheCodeNamesHasAText() throws IOException {
    Properties id = load("id");
    Set<String> named = new TreeSet<>();
    for (Path dir : SOURCES) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
          while (m.find()) {
            named.add(m.group(1));
          }
        }
      }
    }
    assertTrue(named.size() > 20, "the scan found the code's keys: " + named);
    for (String key : named) {
      assertTrue(id.containsKey(key), "missing text for " + key);
    }
    for (String kind : List.of("confirmed", "rescheduled")) {
      assertTrue(id.containsKey("booking.mail." + kind + ".subject"), kind);
      assertTrue(id.containsKey("booking.mail." + kind + ".intro"), kind);
    }
    for (String point : ConfirmationTexts.PREPARE) {
      assertTrue(id.containsKey("booking.prepare." + point), point);
    }
  }

  @Test
  void everyStatusAndStageHasALabel() throws IOException {
    Properties id = load("id");
    for (ClaimStatus status : ClaimStatus.values()) {
      assertTrue(id.containsKey("booking.claimStatus." + status.name()), status.name());
    }
    List<String> stages =
        List.of(
            "SUBMITTED",
            "QUEUED",
            "RESCHEDULED",
            "CALLED",
            "NO_SHOW",
            "IN_VERIFICATION",
            "DOCUMENTS_REQUESTED",
            "DOCUMENTS_REUPLOADED",
            "APPROVED",
            "PAID",
            "REJECTED",
            "CANCELLED");
    for (String stage : stages) {
      assertTrue(id.containsKey("booking.event." + stage), stage);
    }
    assertTrue(stages.containsAll(Timeline.MAIN_PATH));
  }
}
