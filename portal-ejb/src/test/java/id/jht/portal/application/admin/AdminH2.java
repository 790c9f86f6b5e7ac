package id.jht.portal.application.admin;

import id.jht.portal.testsupport.MigratedH2;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** An embedded database (H2, MODE=LEGACY) migrated like the portal's, with two branches. */
public final class AdminH2 {

  private AdminH2() {}

  public static Connection migratedWithBranches(String name) throws Exception {
    Connection c = MigratedH2.openOnFile(name);
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO branch_office (id, code, name, address, city, province, time_zone,"
              + " latitude, longitude, active, version) VALUES"
              + " (1, 'JSL', 'Jakarta Salemba', 'Jl', 'Jakarta', 'DKI Jakarta', 'Asia/Jakarta', 0,"
              + " 0, TRUE, 1), (2, 'SDA', 'Sidoarjo', 'Jl', 'Sidoarjo', 'Jawa Timur',"
              + " 'Asia/Jakarta', 0, 0, TRUE, 1)");
    }
    return c;
  }

  public static Object single(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no row for " + sql);
        }
        return rs.getObject(1);
      }
    }
  }

  public static long count(Connection c, String sql, Object... params) throws SQLException {
    return ((Number) single(c, sql, params)).longValue();
  }

  public static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
