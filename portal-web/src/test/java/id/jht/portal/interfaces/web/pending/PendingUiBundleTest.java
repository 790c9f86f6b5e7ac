package id.jht.portal.interfaces.web.pending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The pages' bundles ({@code i18n/pendingui_id} and {@code _en}) against each other and against the
 * pages and beans: the same keys and placeholders in both languages, plain ASCII without
 * apostrophes, and a text for every {@code pendingui.*} key a page or bean names.
 */
class PendingUiBundleTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final Pattern KEY = Pattern.compile("['\"](pendingui\\.[A-Za-z.]+)['\"]");
  private static final List<Path> USERS =
      List.of(
          Path.of("src/main/java/id/jht/portal/interfaces/web/pending"),
          Path.of("src/main/java/id/jht/portal/interfaces/web/claim"),
          Path.of("src/main/webapp/pending"),
          Path.of("src/main/webapp/staff"),
          Path.of("src/main/webapp/claim"),
          Path.of("src/main/webapp/index.xhtml"),
          Path.of("src/main/webapp/WEB-INF/includes/claim-locks.xhtml"));

  private static Properties load(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        PendingUiBundleTest.class.getResourceAsStream(
            "/i18n/pendingui_" + language + ".properties")) {
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
      assertTrue(key.startsWith("pendingui."), key);
      assertEquals(placeholders(id.getProperty(key)), placeholders(en.getProperty(key)), key);
    }
  }

  @Test
  void textsArePlainAsciiWithoutApostrophesAndFormat() throws IOException {
    for (String language : new String[] {"id", "en"}) {
      Properties texts = load(language);
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        assertFalse(text.isBlank(), key);
        assertFalse(text.contains("'"), language + " " + key);
        assertTrue(text.chars().allMatch(c -> c >= 32 && c < 127), language + " " + key);
        new MessageFormat(text).format(new Object[] {"a", "b", "c"});
      }
    }
  }

  @Test
  void everyKeyThePagesAndBeansNameHasATextInBothLanguages() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Path root : USERS) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Matcher keys = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
          while (keys.find()) {
            used.add(keys.group(1));
          }
        }
      }
    }
    assertTrue(used.size() > 40, "keys found: " + used.size());
    for (String language : new String[] {"id", "en"}) {
      Set<String> defined = load(language).stringPropertyNames();
      for (String key : used) {
        assertTrue(defined.contains(key), language + " lacks " + key);
      }
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
