package id.jht.portal.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The embedded run uses H2: every migration must apply there as it does on MariaDB/MySQL (which the
 * integration tests cover).
 */
class MigrationsOnH2Test {

  @Test
  void allMigrationsApplyOnH2InLegacyMode() throws Exception {
    Path dir = Files.createTempDirectory("h2-migrations");
    String url = "jdbc:h2:file:" + dir.resolve("portal") + ";MODE=LEGACY";
    Flyway.configure().dataSource(url, "sa", "").load().migrate();

    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT COUNT(*) FROM holiday WHERE holiday_date = '2026-12-25'")) {
      rs.next();
      assertEquals(1, rs.getInt(1));
    }
  }
}
