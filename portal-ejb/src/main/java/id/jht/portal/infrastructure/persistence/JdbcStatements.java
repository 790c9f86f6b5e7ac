package id.jht.portal.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Optional;

/**
 * One plain JDBC statement with its parameters, run on the caller's connection: what the JDBC
 * repositories otherwise write out as prepare, bind each parameter, execute, read the key. The
 * parameters are bound in order with {@code setObject}; a null is SQL NULL. Statements with a
 * reading loop of their own (several columns, batches) stay written out where they are.
 */
public final class JdbcStatements {

  private JdbcStatements() {}

  /** Runs an INSERT, UPDATE or DELETE; returns the rows it changed. */
  public static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    }
  }

  /** Runs an INSERT of one row; returns the id the database gave it. */
  public static long insert(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(ps, params);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** The first column of the first row as a number (an id, a count), if there is a row. */
  public static Optional<Long> firstLong(Connection c, String sql, Object... params)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  private static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      if (params[i] == null) {
        ps.setNull(i + 1, Types.NULL);
      } else {
        ps.setObject(i + 1, params[i]);
      }
    }
  }
}
