package id.jht.portal.application.pendingclaim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.testsupport.Bundles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pages' bundles ({@code i18n/pendingui_id} and {@code _en}, kept in this module with the
 * others) against the pages and beans of the web module: a text on one line for every {@code
 * pendingui.*} key a page or bean names, in both languages. The conventions every bundle keeps are
 * checked by {@code BundleConventionsTest}.
 */
class PendingUiBundleTest {

  private static final Pattern KEY = Pattern.compile("['\"](pendingui\\.[A-Za-z.]+)['\"]");
  private static final String WEB = "../portal-web/src/main/";
  private static final List<Path> USERS =
      List.of(
          Path.of(WEB + "java/id/jht/portal/interfaces/web/pending"),
          Path.of(WEB + "java/id/jht/portal/interfaces/web/claim"),
          Path.of(WEB + "webapp/pending"),
          Path.of(WEB + "webapp/staff"),
          Path.of(WEB + "webapp/claim"),
          Path.of(WEB + "webapp/index.xhtml"),
          Path.of(WEB + "webapp/WEB-INF/includes/claim-locks.xhtml"));

  @Test
  void textsAreOneLineAndNotBlank() throws IOException {
    for (String language : new String[] {"id", "en"}) {
      Properties texts = Bundles.load("pendingui", language);
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        assertFalse(text.isBlank(), language + " " + key);
        assertFalse(text.contains("\n"), language + " " + key);
      }
    }
  }

  @Test
  void everyKeyThePagesAndBeansNameHasATextInBothLanguages() throws IOException {
    for (Path user : USERS) {
      assertTrue(Files.exists(user), "scanned: " + user);
    }
    Set<String> used = Bundles.keysNamedIn(KEY, USERS, Files::isRegularFile);
    assertTrue(used.size() > 40, "keys found: " + used.size());
    for (String language : new String[] {"id", "en"}) {
      Set<String> defined = Bundles.load("pendingui", language).stringPropertyNames();
      for (String key : used) {
        assertTrue(defined.contains(key), language + " lacks " + key);
      }
    }
  }
}
