package id.jht.portal.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The W3C Nu HTML checker (npm {@code vnu-jar}, see src/test/js) over the pages a test visited: the
 * test saves each page as the browser holds it ({@link #save}), and {@link #assertNoErrors} checks
 * them all in one run of the checker, failing with every error and the page it is on. Registered as
 * an extension ({@code @RegisterExtension}), it runs that check once the class's tests are done.
 */
public final class HtmlValidity implements AfterAllCallback {

  private static final Path VNU = Path.of("src/test/js/node_modules/vnu-jar/build/dist/vnu.jar");

  private final Path dir;
  private final List<Path> saved = new ArrayList<>();

  /** Pages are kept under target/page-sources/{@code suite} for a look after a failure. */
  public HtmlValidity(String suite) {
    try {
      dir = Files.createDirectories(Path.of("target", "page-sources", suite));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves the current page (the document with its doctype) under {@code name}.html. */
  public void save(WebDriver driver, String name) {
    String html =
        (String)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "var d = document.doctype;"
                        + "return (d ? '<!DOCTYPE ' + d.name + '>' : '')"
                        + " + document.documentElement.outerHTML;");
    Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9-]", "_") + ".html");
    try {
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    saved.add(file);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    assertNoErrors();
  }

  /** Runs the checker over every saved page; fails listing each error with its page and line. */
  public void assertNoErrors() {
    if (saved.isEmpty()) {
      return;
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-jar", VNU.toString(), "--errors-only", "--format", "gnu"));
    saved.forEach(file -> command.add(file.toString()));
    try {
      if (!Files.isRegularFile(VNU)) {
        throw new IllegalStateException(
            "vnu-jar is missing: run scripts/test-env.sh (npm ci in src/test/js)");
      }
      Process checker = new ProcessBuilder(command).redirectErrorStream(true).start();
      String report = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!checker.waitFor(5, TimeUnit.MINUTES)) {
        checker.destroyForcibly();
        throw new IllegalStateException("the Nu checker did not finish");
      }
      assertEquals("", report.strip(), "Nu HTML checker errors on the pages visited");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
