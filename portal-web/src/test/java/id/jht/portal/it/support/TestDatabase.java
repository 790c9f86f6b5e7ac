package id.jht.portal.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct JDBC access to the integration-test database (MariaDB by default): a clean database for
 * each deployment, and queries that check what the portal wrote.
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static String url() {
    return System.getProperty("it.db.url", "jdbc:mysql://127.0.0.1:3306/jht_portal_it");
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        url(),
        System.getProperty("it.db.user", "jht_it"),
        System.getProperty("it.db.password", "jht_it"));
  }

  /** Drops and recreates the test schema, so that each deployment migrates and seeds from zero. */
  public static void recreate() {
    String url = url();
    String schema = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    // Connect to the server, not to the schema: it may not exist yet.
    String serverUrl = url.substring(0, url.lastIndexOf('/') + 1);
    try (Connection c =
            DriverManager.getConnection(
                serverUrl,
                System.getProperty("it.db.user", "jht_it"),
                System.getProperty("it.db.password", "jht_it"));
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + schema);
      s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot recreate the test database " + schema, e);
    }
  }

  public static long count(String sql, Object... params) {
    return ((Number) single(sql, params)).longValue();
  }

  public static Object single(String sql, Object... params) {
    List<Object> rows = column(sql, params);
    if (rows.size() != 1) {
      throw new IllegalStateException("expected one row, got " + rows.size() + " for " + sql);
    }
    return rows.get(0);
  }

  public static List<Object> column(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<Object> values = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getObject(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public static int update(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
