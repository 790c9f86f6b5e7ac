package id.jht.portal.infrastructure.persistence;

import java.sql.SQLException;
import java.util.Locale;

/** A configured JDBC URL, understood: which vendor it is and how to show it without secrets. */
public record DatabaseUrl(Vendor vendor, String jdbcUrl) {

  /** The databases the portal runs on. */
  public enum Vendor {
    H2("org.h2.jdbcx.JdbcDataSource"),
    MYSQL("com.mysql.cj.jdbc.MysqlDataSource");

    private final String dataSourceClass;

    Vendor(String dataSourceClass) {
      this.dataSourceClass = dataSourceClass;
    }

    public String dataSourceClass() {
      return dataSourceClass;
    }
  }

  /**
   * Parses the configured URL. {@code jdbc:mariadb:} is accepted and served by MySQL Connector/J,
   * the one driver the portal ships for MySQL 8 and MariaDB alike.
   */
  public static DatabaseUrl parse(String url) throws SQLException {
    if (url == null || url.isBlank()) {
      throw new SQLException("No database URL configured: set PORTAL_DB_URL (portal.db.url)");
    }
    String trimmed = url.trim();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return new DatabaseUrl(Vendor.H2, trimmed);
    }
    if (lower.startsWith("jdbc:mysql:")) {
      return new DatabaseUrl(Vendor.MYSQL, trimmed);
    }
    if (lower.startsWith("jdbc:mariadb:")) {
      return new DatabaseUrl(
          Vendor.MYSQL, "jdbc:mysql:" + trimmed.substring("jdbc:mariadb:".length()));
    }
    throw new SQLException(
        "Unsupported database URL '"
            + redact(trimmed)
            + "': the portal runs on jdbc:h2: (embedded) or jdbc:mysql: / jdbc:mariadb:");
  }

  /** The URL without any password parameter, for logs and error messages. */
  public String redacted() {
    return redact(jdbcUrl);
  }

  private static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
