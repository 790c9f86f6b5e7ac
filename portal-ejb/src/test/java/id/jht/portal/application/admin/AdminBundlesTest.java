package id.jht.portal.application.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.testsupport.Bundles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The administration bundles agree with each other and hold every {@code admin.*} key the
 * application code hands out.
 */
class AdminBundlesTest {

  private static final Pattern KEY_LITERAL =
      Pattern.compile("\"(admin\\.[A-Za-z0-9_.]*[A-Za-z0-9])\"");

  private static Properties load(String language) throws IOException {
    return Bundles.load("admin", language);
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
    Bundles.assertSameKeysAndPlaceholders("admin", "admin.");
    Properties id = load("id");
    Properties en = load("en");
    for (String key : id.stringPropertyNames()) {
      assertFalse(id.getProperty(key).contains("'"), "apostrophe in " + key);
      assertFalse(en.getProperty(key).contains("'"), "apostrophe in " + key);
    }
  }

  @Test
  void everyKeyTheCodeHandsOutIsInTheBundles() throws IOException {
    Set<String> missing =
        new TreeSet<>(
            Bundles.keysNamedIn(
                KEY_LITERAL,
                List.of(Path.of("src/main/java/id/jht/portal/application/admin")),
                file -> file.toString().endsWith(".java")));
    assertTrue(missing.size() > 10, "the scan found the keys: " + missing);
    missing.removeAll(load("id").stringPropertyNames());
    assertEquals(Set.of(), missing);
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
}
