package id.jht.portal.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.application.document.DetectedType;
import id.jht.portal.application.document.RejectionReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two bundle files must agree with each other and with the keys the code hands out. */
class DocumentBundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

  private static Properties load(String language) throws IOException {
    String resource = "/i18n/documents_" + language + ".properties";
    try (InputStream in = DocumentBundlesTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is missing");
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }

  private static List<String> keysUsedByTheCode() {
    List<String> keys = new ArrayList<>();
    for (RejectionReason reason : RejectionReason.values()) {
      keys.add(reason.messageKey());
    }
    for (DetectedType type : DetectedType.values()) {
      keys.add(type.labelKey());
    }
    keys.addAll(ContentCategory.allKeys());
    return keys;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertEquals(load("id").stringPropertyNames(), load("en").stringPropertyNames());
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void everyKeyTheCodeUsesExists(String language) throws IOException {
    Properties bundle = load(language);
    for (String key : keysUsedByTheCode()) {
      assertTrue(bundle.containsKey(key), language + " lacks " + key);
      assertFalse(bundle.getProperty(key).isBlank(), language + " has an empty " + key);
    }
  }

  @Test
  void noKeyIsLeftOverFromOlderCode() throws IOException {
    assertEquals(
        new TreeSet<>(keysUsedByTheCode()), new TreeSet<>(load("id").stringPropertyNames()));
  }

  @Test
  void bothLanguagesUseTheSamePlaceholders() throws IOException {
    Properties indonesian = load("id");
    Properties english = load("en");
    for (String key : indonesian.stringPropertyNames()) {
      assertEquals(
          placeholders(indonesian.getProperty(key)),
          placeholders(english.getProperty(key)),
          "placeholders of " + key);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void everyRejectionNamesTheFileAndFillsAllPlaceholders(String language) throws IOException {
    Properties bundle = load(language);
    for (RejectionReason reason : RejectionReason.values()) {
      String pattern = bundle.getProperty(reason.messageKey());
      // A lone apostrophe would silently swallow the placeholders after it.
      String formatted =
          new MessageFormat(pattern, Locale.ROOT)
              .format(new Object[] {"F0", "F1", "F2", "F3", "F4"});
      assertTrue(formatted.contains("\"F0\""), reason + " must quote the file name: " + formatted);
      assertFalse(formatted.contains("{"), reason + " left a placeholder: " + formatted);
      for (int i : placeholders(pattern)) {
        assertTrue(formatted.contains("F" + i), reason + " lost {" + i + "}: " + formatted);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void textsAreAsciiSoAnyPropertiesReaderShowsThemRight(String language) throws IOException {
    Properties bundle = load(language);
    for (String key : bundle.stringPropertyNames()) {
      assertTrue(
          bundle.getProperty(key).chars().allMatch(c -> c >= 0x20 && c < 0x7F),
          key + " has a character outside printable ASCII");
    }
  }

  private static Set<Integer> placeholders(String pattern) {
    Set<Integer> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    while (matcher.find()) {
      found.add(Integer.parseInt(matcher.group(1)));
    }
    return found;
  }
}
