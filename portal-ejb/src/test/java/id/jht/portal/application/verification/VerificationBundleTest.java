package id.jht.portal.application.verification;

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
 * The verification bundles against each other and against the code and page that name their keys:
 * the same keys and placeholders in both languages, plain ASCII without apostrophes, and a text for
 * every key named (a mail's key names its subject and body), every claim state and every timeline
 * event.
 */
class VerificationBundleTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final Pattern KEY_NAMED = Pattern.compile("[\"'](verification\\.[A-Za-z.]+)[\"']");
  private static final List<Path> SOURCES =
      List.of(
          Path.of("src/main/java/id/jht/portal/application/verification"),
          Path.of("../portal-web/src/main/java/id/jht/portal/interfaces/web/verification"),
          Path.of("../portal-web/src/main/webapp/staff/claims"));
  private static final List<String> EVENT_TYPES =
      List.of(
          "SUBMITTED",
          "QUEUED",
          "CALLED",
          "NO_SHOW",
          "IN_VERIFICATION",
          "DOCUMENTS_REQUESTED",
          "DOCUMENTS_REUPLOADED",
          "APPROVED",
          "REJECTED",
          "PAID",
          "CANCELLED",
          "RESCHEDULED");

  private static Properties load(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        VerificationBundleTest.class.getResourceAsStream(
            "/i18n/verification_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
    Properties id = load("id");
    Properties en = load("en");
    assertEquals(new TreeSet<>(id.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    for (String key : id.stringPropertyNames()) {
      assertTrue(key.startsWith("verification."), key);
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
        String formatted =
            new MessageFormat(text).format(new Object[] {"A", "B", "C", "D", "E", "F"});
        assertFalse(formatted.contains("{"), language + " " + key);
      }
    }
  }

  @Test
  void everyKeyNamedInTheCodeOrPageHasAText() throws IOException {
    Properties id = load("id");
    Set<String> named = new TreeSet<>();
    for (Path dir : SOURCES) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Matcher m = KEY_NAMED.matcher(Files.readString(file));
          while (m.find()) {
            String key = m.group(1);
            if (!key.endsWith(".")) {
              named.add(key);
            }
          }
        }
      }
    }
    assertTrue(named.size() > 30, "keys found: " + named.size());
    for (String key : named) {
      boolean mail = id.containsKey(key + ".subject") && id.containsKey(key + ".body");
      assertTrue(id.containsKey(key) || mail, "no text for " + key);
    }
  }

  @Test
  void everyClaimStateAndTimelineEventHasALabel() throws IOException {
    Properties id = load("id");
    for (ClaimStatus status : ClaimStatus.values()) {
      assertTrue(id.containsKey("verification.status." + status.name()), status.name());
    }
    for (String type : EVENT_TYPES) {
      assertTrue(id.containsKey("verification.event." + type), type);
    }
    for (ReviewStatus review : ReviewStatus.values()) {
      assertTrue(id.containsKey("verification.review." + review.name()), review.name());
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
