package id.jht.portal.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Content-Security-Policy violations the browser saw: Chromium reports each one on the console
 * ("Refused to execute inline script because it violates ...") and raises a {@code
 * securitypolicyviolation} event, which a listener installed before any page script runs writes to
 * the console too. The browser log collects both across every page the driver visited, until read.
 */
public final class CspViolations {

  /** Installed by Chromium itself in every new document, before the page's own scripts. */
  private static final String LISTENER =
      "document.addEventListener('securitypolicyviolation', function (e) {"
          + " console.error('CSP violation: ' + e.effectiveDirective + ' blocked '"
          + " + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber"
          + " + ' on ' + document.location.pathname); });";

  private CspViolations() {}

  /** Asks Chromium to keep the console for the test (before the driver starts). */
  static void keepConsole(ChromeOptions options) {
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
  }

  /** Reports every violation of every document this driver opens from now on. */
  static void listen(ChromeDriver driver) {
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTENER));
  }

  /**
   * Fails when any page this driver showed since the last call broke the policy (scripts, styles,
   * frames, images, connections): the ITs call it after visiting their pages.
   */
  public static void assertNone(WebDriver driver) {
    List<String> violations =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy") || m.contains("CSP violation"))
            .toList();
    assertEquals(List.of(), violations, "Content-Security-Policy violations");
  }
}
