package id.jht.portal.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The one DataSource class the application pool is defined with: it picks the vendor's DataSource
 * from the JDBC URL, so that switching between the embedded H2 database and MySQL/MariaDB is only a
 * matter of configuring {@code PORTAL_DB_URL}. An unsupported URL fails loudly instead of falling
 * back.
 */
public class PortalDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private volatile DataSource delegate;
  private int loginTimeout;

  public void setUrl(String url) {
    this.url = url;
  }

  public void setURL(String url) {
    this.url = url;
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getUser() {
    return user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  private DataSource delegate() throws SQLException {
    DataSource result = delegate;
    if (result == null) {
      synchronized (this) {
        result = delegate;
        if (result == null) {
          result = createDelegate(DatabaseUrl.parse(url));
          delegate = result;
        }
      }
    }
    return result;
  }

  private DataSource createDelegate(DatabaseUrl database) throws SQLException {
    try {
      Class<?> type = Class.forName(database.vendor().dataSourceClass());
      DataSource ds = (DataSource) type.getDeclaredConstructor().newInstance();
      type.getMethod("setURL", String.class).invoke(ds, database.jdbcUrl());
      type.getMethod("setUser", String.class).invoke(ds, user == null ? "" : user);
      type.getMethod("setPassword", String.class).invoke(ds, password == null ? "" : password);
      if (database.vendor() == DatabaseUrl.Vendor.MYSQL) {
        tuneConnectorJ(type, ds);
      }
      return ds;
    } catch (ReflectiveOperationException e) {
      throw new SQLException(
          "Cannot create the " + database.vendor() + " data source for " + database.redacted(), e);
    }
  }

  /**
   * Connector/J defaults that cost CPU on every query (measured in bench/FINDINGS.md): without a
   * statement cache the driver parses each SQL text again on every prepare, and without local
   * session state it asks the server before changing auto-commit.
   */
  private static void tuneConnectorJ(Class<?> type, DataSource ds)
      throws ReflectiveOperationException {
    type.getMethod("setCachePrepStmts", boolean.class).invoke(ds, true);
    type.getMethod("setPrepStmtCacheSize", int.class).invoke(ds, 250);
    type.getMethod("setPrepStmtCacheSqlLimit", int.class).invoke(ds, 4096);
    type.getMethod("setUseLocalSessionState", boolean.class).invoke(ds, true);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    return delegate().getConnection(username, pass);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // the delegate logs through its own driver's logging
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return delegate().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate().isWrapperFor(iface);
  }
}
