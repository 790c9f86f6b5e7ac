package id.jht.portal.application.pendingclaim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.model.pendingclaim.PendingClaimStatus;
import id.jht.portal.testsupport.Bundles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The registry's bundles against the code: a text for every key the code names and a label for
 * every status. The conventions every bundle keeps (same keys and placeholders in both languages,
 * plain ASCII without apostrophes) are checked by {@code BundleConventionsTest}.
 */
class PendingBundleTest {

  private static final Pattern KEY_IN_CODE = Pattern.compile("\"(pending\\.[A-Za-z.]+)\"");
  private static final List<Path> SOURCES =
      List.of(
          Path.of("src/main/java/id/jht/portal/application/pendingclaim"),
          Path.of("src/main/java/id/jht/portal/application/channel"));

  @Test
  void everyKeyTheCodeNamesHasATextAndEveryStatusALabel() throws IOException {
    Properties id = Bundles.load("pending", "id");
    for (Path dir : SOURCES) {
      assertTrue(dir.toFile().isDirectory(), "scanned: " + dir);
    }
    Set<String> named =
        Bundles.keysNamedIn(KEY_IN_CODE, SOURCES, f -> f.toString().endsWith(".java"));
    assertTrue(named.size() > 10, "the scan found the keys: " + named);
    for (String key : named) {
      // "pending.mail.reminder" + ".subject", "pending.status." + name: a prefix of real keys.
      String prefix = key.endsWith(".") ? key : key + ".";
      boolean prefixOfKeys = id.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix));
      assertTrue(id.containsKey(key) || prefixOfKeys, "no text for " + key);
    }
    Bundles.assertLabelled(id, "pending.status.", Bundles.names(PendingClaimStatus.values()));
  }
}
