package id.jht.portal.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from the npm registry, see src/test/js) in the page under test and fails on any
 * serious or critical WCAG 2 A/AA violation, naming the rule and the elements.
 */
public final class Accessibility {

  private static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");
  private static String axeSource;

  private Accessibility() {}

  public static void assertNoSeriousViolations(WebDriver driver, String page) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(axe());
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations =
        (List<Map<String, Object>>)
            js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa',"
                    + " 'wcag21a', 'wcag21aa']}}).then(function (r) {"
                    + "  done(r.violations.filter(function (v) {"
                    + "    return v.impact === 'serious' || v.impact === 'critical'; })"
                    + "  .map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                    + "    nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); })}; }));"
                    + "}).catch(function (e) { done([{id: 'axe-error', impact: 'critical',"
                    + " help: String(e), nodes: []}]); });");
    if (!violations.isEmpty()) {
      fail(
          "Accessibility violations on "
              + page
              + ":\n"
              + violations.stream()
                  .map(
                      v ->
                          v.get("impact")
                              + " "
                              + v.get("id")
                              + ": "
                              + v.get("help")
                              + " "
                              + v.get("nodes"))
                  .collect(Collectors.joining("\n")));
    }
  }

  private static synchronized String axe() {
    if (axeSource == null) {
      try {
        axeSource = Files.readString(AXE);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "axe-core is missing: run scripts/test-env.sh (npm ci in src/test/js)", e);
      }
    }
    return axeSource;
  }
}
