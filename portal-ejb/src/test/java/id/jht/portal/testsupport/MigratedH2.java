package id.jht.portal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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

  /** A connection to a new {@link #onFile} database. */
  public static Connection openOnFile(String name) throws IOException, SQLException {
    return connect(onFile(name));
  }

  /** A connection to a new {@link #inMemory} database. */
  public static Connection openInMemory(String name) throws SQLException {
    return connect(inMemory(name));
  }

  /** Another connection to a database made here. */
  public static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, "sa", "");
  }

  private static String migrated(String url) {
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
    return url;
  }
}
