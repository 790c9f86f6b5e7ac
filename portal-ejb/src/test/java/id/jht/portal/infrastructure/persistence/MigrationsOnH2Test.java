package id.jht.portal.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.jht.portal.testsupport.MigratedH2;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The embedded run uses H2: every migration must apply there as it does on MariaDB/MySQL (which the
 * integration tests cover).
 */
class MigrationsOnH2Test {

  @Test
  void allMigrationsApplyOnH2InLegacyMode() throws Exception {
    String url = MigratedH2.onFile("h2-migrations");

    try (Connection c = MigratedH2.connect(url);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT COUNT(*) FROM holiday WHERE holiday_date = '2026-12-25'")) {
      rs.next();
      assertEquals(1, rs.getInt(1));
    }
  }
}
