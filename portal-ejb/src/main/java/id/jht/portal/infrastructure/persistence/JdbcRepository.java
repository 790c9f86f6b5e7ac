package id.jht.portal.infrastructure.persistence;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Where a JDBC repository gets its connection. In the container: from the application's data source
 * on each call; inside a JTA transaction every such connection is a handle on the one physical
 * connection enlisted in it, so a row lock taken by one call is held by the next until the
 * transaction ends. Outside the container (the H2 unit tests, the MariaDB concurrency test, the
 * bench): one connection given by the caller, who runs the transaction on it and closes it.
 *
 * <p>The container injects its data source here, once for every repository of this kind.
 *
 * <p>An {@link SQLException} leaves as {@link DatabaseFailure}: a system failure that rolls the
 * transaction back, never a user's mistake.
 */
public abstract class JdbcRepository {

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  DataSource dataSource;

  private final Connection connection;

  /** In the container: a connection of {@link #dataSource()} per call. */
  protected JdbcRepository() {
    this.connection = null;
  }

  /** On the caller's connection, in the caller's transaction; never closed here. */
  protected JdbcRepository(Connection connection) {
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  /** The container's data source; unused when a connection was given. */
  protected DataSource dataSource() {
    return dataSource;
  }

  /** Work on a connection that may throw {@link SQLException}. */
  @FunctionalInterface
  protected interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} on this repository's connection.
   *
   * @param what what the work does, for the failure's message
   */
  protected <T> T run(String what, SqlWork<T> work) {
    try {
      if (connection != null) {
        return work.run(connection);
      }
      try (Connection c = dataSource().getConnection()) {
        return work.run(c);
      }
    } catch (SQLException e) {
      throw new DatabaseFailure(what, e);
    }
  }

  /**
   * Runs one INSERT, UPDATE or DELETE with its parameters ({@link JdbcStatements#update}) on this
   * repository's connection; returns the rows it changed.
   */
  protected int update(String what, String sql, Object... params) {
    return run(what, c -> JdbcStatements.update(c, sql, params));
  }
}
