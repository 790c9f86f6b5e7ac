package id.jht.portal.it.support;

import id.jht.portal.interfaces.rest.testsupport.TestSupportResource;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
   * database, only to be replaced (half a minute to two minutes a class). The applications are
   * removed from the root directory before each boot; its configuration stays, because a root
   * directory made from scratch reconfigures the HTTP listener after binding it, and a busy machine
   * then sometimes finds the port still taken and moves the portal to the next one.
   */
  private static void forgetEarlierDeployments() {
    String root = System.getProperty("it.payara.root");
    if (root == null) {
      return;
    }
    Path dir = Path.of(root);
    Path domain = dir.resolve("config/domain.xml");
    try {
      if (Files.exists(domain)) {
        String config = Files.readString(domain);
        String withoutApplications =
            config
                .replaceAll("(?s)<application [^>]*object-type=\"user\".*?</application>\\s*", "")
                .replaceAll(
                    "<application-ref [^>]*ref=\"ROOT\"[^>]*>(</application-ref>)?\\s*", "");
        Files.writeString(domain, withoutApplications);
      }
      for (String kept : new String[] {"applications", "generated"}) {
        deleteTree(dir.resolve(kept));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the deployments kept in " + dir, e);
    }
  }

  private static void deleteTree(Path tree) throws IOException {
    if (!Files.exists(tree)) {
      return;
    }
    try (Stream<Path> all = Files.walk(tree)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Base URL of the portal, e.g. http://localhost:18080/ (context root "/"). */
  public static String baseUrl() {
    return "http://localhost:" + System.getProperty("it.http.port", "18080") + "/";
  }
}
