package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.interfaces.rest.testsupport.TestSupportResource;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged WARs, read as files (no server): {@code portal.war}, the one users run, carries no
 * test hook ({@code /api/test}), and {@code portal-test.war}, which the bench and cluster scripts
 * run, carries them. An integration test because only {@code package} has built both WARs; the unit
 * tests run before it.
 */
class ProductionWarIT {

  private static final String HOOKS =
      "WEB-INF/classes/" + TestSupportResource.class.getPackageName().replace('.', '/') + "/";

  @Test
  void theProductionWarCarriesNoTestHooks() throws IOException {
    File war = new File(System.getProperty("it.war", "target/portal.war"));
    assertTrue(war.isFile(), "no WAR at " + war);
    List<String> entries = entries(war);
    // Guards the check below against reading an empty or foreign archive.
    assertTrue(
        entries.stream().anyMatch(e -> e.startsWith("WEB-INF/classes/id/jht/portal/interfaces/")),
        "the WAR holds the portal's own classes");
    assertEquals(
        List.of(),
        entries.stream().filter(e -> e.startsWith(HOOKS) || e.contains("testsupport")).toList(),
        "test hooks in portal.war");
  }

  @Test
  void theBenchWarCarriesThem() throws IOException {
    File war =
        new File(
            new File(System.getProperty("it.war", "target/portal.war")).getParentFile(),
            "portal-test.war");
    assertTrue(war.isFile(), "no WAR at " + war);
    assertTrue(
        entries(war).contains(HOOKS + TestSupportResource.class.getSimpleName() + ".class"),
        "portal-test.war holds the test hooks the bench and cluster scripts call");
  }

  private static List<String> entries(File war) throws IOException {
    try (ZipFile zip = new ZipFile(war)) {
      return zip.stream().map(ZipEntry::getName).toList();
    }
  }
}
