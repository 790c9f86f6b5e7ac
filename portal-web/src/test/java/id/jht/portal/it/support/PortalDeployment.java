package id.jht.portal.it.support;

import id.jht.portal.interfaces.rest.testsupport.TestSupportResource;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR under test is the very WAR users run ({@code target/portal.war}) with the test hooks of
 * {@code interfaces.rest.testsupport} added (they never ship in it), deployed on a freshly
 * recreated database so every test class starts from migrations and demo data, with a real clamd to
 * scan uploads.
 */
public final class PortalDeployment {

  private PortalDeployment() {}

  public static WebArchive freshPortal() {
    TestDatabase.recreate();
    // The portal under test scans uploads (fail closed): its clamd must answer before it starts.
    Clamd.ensureRunning();
    forgetEarlierDeployments();
    File war = new File(System.getProperty("it.war", "target/portal.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(war)
        .as(WebArchive.class)
        .addPackage(TestSupportResource.class.getPackage());
  }

  /**
   * Payara Micro keeps what it deployed in its root directory ({@code it.payara.root}) and deploys
   * it again at its next boot, before the WAR Arquillian hands it: every class's portal used to
   * start the previous class's WAR first, which migrated and loaded the demo data into the fresh
   * database, only to be replaced (about 45 s a class). Each class's Payara starts from an empty
   * root directory instead, so its own WAR migrates and loads the demo data.
   */
  private static void forgetEarlierDeployments() {
    String root = System.getProperty("it.payara.root");
    if (root == null || !Files.exists(Path.of(root))) {
      return;
    }
    // Moved aside in one step (the previous Payara may still be writing its last log lines), then
    // deleted; what cannot be deleted stays behind under target/, out of the new Payara's way.
    Path dir = Path.of(root);
    Path old = dir.resolveSibling(dir.getFileName() + "-old-" + System.nanoTime());
    try {
      Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the Payara root directory " + dir + " aside", e);
    }
    try (Stream<Path> all = Files.walk(old)) {
      all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // Left for mvn clean: the new root directory is empty either way.
    }
  }

  /** Base URL of the portal, e.g. http://localhost:18080/ (context root "/"). */
  public static String baseUrl() {
    return "http://localhost:" + System.getProperty("it.http.port", "18080") + "/";
  }
}
