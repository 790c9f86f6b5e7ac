package id.jht.portal.application.pendingclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.model.pendingclaim.PendingClaimStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry's bundles against each other and the code: the same keys in both languages, the same
 * placeholders, plain ASCII without apostrophes, and a text for every key the code names.
 */
class PendingBundleTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final Pattern KEY_IN_CODE = Pattern.compile("\"(pending\\.[A-Za-z.]+)\"");
  private static final Path[] SOURCES = {
    Path.of("src/main/java/id/jht/portal/application/pendingclaim"),
    Path.of("src/main/java/id/jht/portal/application/channel")
  };

  private static Properties load(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        PendingBundleTest.class.getResourceAsStream("/i18n/pending_" + language + ".properties")) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
    Properties id = load("id");
    Properties en = load("en");
    assertEquals(new TreeSet<>(id.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    for (String key : id.stringPropertyNames()) {
      assertTrue(key.startsWith("pending."), key);
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
        String formatted = new MessageFormat(text).format(new Object[] {"A", "B", "C"});
        assertFalse(formatted.contains("{"), language + " " + key);
      }
    }
  }

  @Test
  void everyKeyTheCodeNamesHasATextAndEveryStatusALabel() throws IOException {
    Properties id = load("id");
    Set<String> named = new TreeSet<>();
    for (Path dir : SOURCES) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
          while (m.find()) {
            named.add(m.group(1));
          }
        }
      }
    }
    assertTrue(named.size() > 10, "the scan found the keys: " + named);
    for (String key : named) {
      // "pending.mail.reminder" + ".subject", "pending.status." + name: a prefix of real keys.
      String prefix = key.endsWith(".") ? key : key + ".";
      boolean prefixOfKeys = id.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix));
      assertTrue(id.containsKey(key) || prefixOfKeys, "no text for " + key);
    }
    for (PendingClaimStatus status : PendingClaimStatus.values()) {
      assertTrue(id.containsKey("pending.status." + status.name()), status.name());
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
