package id.jht.portal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * An embedded H2 database (MODE=LEGACY, user {@code sa} without password) with every migration
 * applied, as the portal's embedded run has it. Each call makes a fresh database.
 */
public final class MigratedH2 {

  private MigratedH2() {}

  /** A file database in a new temporary folder named after {@code name}; returns its URL. */
  public static String onFile(String name) throws IOException {
    String url =
        "jdbc:h2:file:" + Files.createTempDirectory(name).resolve("portal") + ";MODE=LEGACY";
    return migrated(url);
  }

  /** An in-memory database kept until the JVM ends; returns its URL. */
  public static String inMemory(String name) {
    return migrated(
        "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
  }

  private static String migrated(String url) {
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
    return url;
  }
}
