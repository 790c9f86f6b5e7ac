package id.jht.portal.application.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The administration bundles agree with each other and hold every {@code admin.*} key the
 * application code hands out.
 */
class AdminBundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final Pattern KEY_LITERAL =
      Pattern.compile("\"(admin\\.[A-Za-z0-9_.]*[A-Za-z0-9])\"");

  private static Properties load(String language) throws IOException {
    String resource = "/i18n/admin_" + language + ".properties";
    try (InputStream in = AdminBundlesTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is missing");
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
      return properties;
    }
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
    Properties id = load("id");
    Properties en = load("en");

    assertEquals(new TreeSet<>(id.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    for (String key : id.stringPropertyNames()) {
      assertEquals(placeholders(en.getProperty(key)), placeholders(id.getProperty(key)), key);
      assertTrue(key.startsWith("admin."), key);
      assertFalse(id.getProperty(key).contains("'"), "apostrophe in " + key);
      assertFalse(en.getProperty(key).contains("'"), "apostrophe in " + key);
    }
  }

  @Test
  void everyKeyTheCodeHandsOutIsInTheBundles() throws IOException {
    Properties id = load("id");
    List<String> missing = new ArrayList<>();
    Path sources = Path.of("src/main/java/id/jht/portal/application/admin");
    try (Stream<Path> files = Files.list(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY_LITERAL.matcher(Files.readString(file));
        while (m.find()) {
          if (!id.containsKey(m.group(1))) {
            missing.add(file.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyWaitingBandAndImportStateHasALabel() throws IOException {
    Properties en = load("en");
    for (String band : DashboardFigures.WAITING_BANDS) {
      assertTrue(en.containsKey("admin.dashboard.band." + band), band);
    }
    for (String state : List.of(ImportStatus.RUNNING, ImportStatus.DONE, ImportStatus.FAILED)) {
      assertTrue(en.containsKey("admin.import.state." + state), state);
      assertTrue(en.containsKey("admin.import.result." + state), state);
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
