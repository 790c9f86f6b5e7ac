package id.jht.portal.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One transaction on the test database for the helpers that write test data straight into it
 * ({@link QueueTickets}, {@link VerificationClaims}): each statement in a line with its parameters
 * (bound with {@code setObject}, {@code null} included), instead of a prepared statement written
 * out by hand each time. Nothing is kept unless {@link #commit()} was called; an SQL error fails
 * the test with the statement that caused it.
 */
public final class TestTransaction implements AutoCloseable {

  private final Connection connection;
  private boolean committed;

  private TestTransaction(Connection connection) {
    this.connection = connection;
  }

  public static TestTransaction begin() {
    try {
      Connection connection = TestDatabase.connect();
      connection.setAutoCommit(false);
      return new TestTransaction(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the test database", e);
    }
  }

  /** Runs an INSERT and returns the key the database generated for the row. */
  public long insert(String sql, Object... params) {
    try (PreparedStatement ps = prepare(sql, Statement.RETURN_GENERATED_KEYS, params)) {
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Runs an INSERT, UPDATE or DELETE and returns how many rows it changed. */
  public int update(String sql, Object... params) {
    try (PreparedStatement ps = prepare(sql, Statement.NO_GENERATED_KEYS, params)) {
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The rows of a query, each as its columns' values. */
  public List<Object[]> rows(String sql, Object... params) {
    try (PreparedStatement ps = prepare(sql, Statement.NO_GENERATED_KEYS, params);
        ResultSet rs = ps.executeQuery()) {
      List<Object[]> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(currentRow(rs));
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static Object[] currentRow(ResultSet rs) throws SQLException {
    Object[] values = new Object[rs.getMetaData().getColumnCount()];
    for (int column = 1; column <= values.length; column++) {
      values[column - 1] = rs.getObject(column);
    }
    return values;
  }

  /** The one row a query must find. */
  public Object[] row(String sql, Object... params) {
    List<Object[]> rows = rows(sql, params);
    if (rows.size() != 1) {
      throw new IllegalStateException("expected one row, got " + rows.size() + " for " + sql);
    }
    return rows.get(0);
  }

  /** The first column of the one row a query must find, as a number. */
  public long number(String sql, Object... params) {
    return ((Number) row(sql, params)[0]).longValue();
  }

  public void commit() {
    try {
      connection.commit();
      committed = true;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot commit test data", e);
    }
  }

  @Override
  public void close() {
    try (connection) {
      if (!committed) {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close the test database connection", e);
    }
  }

  private PreparedStatement prepare(String sql, int keys, Object... params) throws SQLException {
    PreparedStatement ps = connection.prepareStatement(sql, keys);
    for (int i = 0; i < params.length; i++) {
      ps.setObject(i + 1, params[i]);
    }
    return ps;
  }
}
