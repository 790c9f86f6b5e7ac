package id.jht.portal.interfaces.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.jht.portal.interfaces.web.i18n.PortalMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text key the administration pages and their beans name exists in the views' bundle in both
 * languages: a typo would otherwise show the raw key to administrators.
 */
class AdminPagesTextsTest {

  private static final Pattern VIEW_KEY = Pattern.compile("msg\\['([a-zA-Z0-9_.]*[a-zA-Z0-9])'\\]");
  private static final Pattern JAVA_KEY =
      Pattern.compile("\"((?:admin|error|staff|queue)\\.[A-Za-z0-9_.]*[A-Za-z0-9])\"");

  @Test
  void everyKeyOfThePagesAndBeansExistsInBothLanguages() throws IOException {
    TreeSet<String> keys = new TreeSet<>();
    collect(Path.of("src/main/webapp/admin"), VIEW_KEY, keys);
    collect(Path.of("src/main/webapp/WEB-INF/includes/admin"), VIEW_KEY, keys);
    collect(Path.of("src/main/webapp/staff/participants"), VIEW_KEY, keys);
    collect(Path.of("src/main/java/id/jht/portal/interfaces/web/admin"), JAVA_KEY, keys);
    List<String> missing = new ArrayList<>();
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
      ResourceBundle bundle = PortalMessages.forLocale(locale);
      for (String key : keys) {
        if (!bundle.containsKey(key)) {
          missing.add(locale + ": " + key);
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  private static void collect(Path dir, Pattern pattern, TreeSet<String> keys) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
  }
}
