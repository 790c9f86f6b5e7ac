package id.jht.portal.it.support;

import id.jht.portal.interfaces.rest.testsupport.TestSupportResource;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR under test is the very WAR users run ({@code target/portal.war}) with the test hooks of
 * {@code interfaces.rest.testsupport} added (they never ship in it), deployed on a freshly
 * recreated database so every test class starts from migrations and demo data.
 */
public final class PortalDeployment {

  private PortalDeployment() {}

  public static WebArchive freshPortal() {
    TestDatabase.recreate();
    File war = new File(System.getProperty("it.war", "target/portal.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(war)
        .as(WebArchive.class)
        .addPackage(TestSupportResource.class.getPackage());
  }

  /** Base URL of the portal, e.g. http://localhost:18080/ (context root "/"). */
  public static String baseUrl() {
    return "http://localhost:" + System.getProperty("it.http.port", "18080") + "/";
  }
}
