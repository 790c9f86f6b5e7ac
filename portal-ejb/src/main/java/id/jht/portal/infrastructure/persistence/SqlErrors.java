package id.jht.portal.infrastructure.persistence;

import java.sql.SQLException;
import java.util.Locale;

/** Recognising constraint violations the same way on MySQL 8, MariaDB and H2. */
public final class SqlErrors {

  /** MySQL's and MariaDB's error code for a duplicate key (SQLState 23000 is shared with FKs). */
  private static final int MYSQL_DUPLICATE_KEY = 1062;

  /** H2's (and the SQL standard's) state for a unique violation. */
  private static final String UNIQUE_VIOLATION = "23505";

  private SqlErrors() {}

  public static boolean isDuplicateKey(SQLException e) {
    return e.getErrorCode() == MYSQL_DUPLICATE_KEY || UNIQUE_VIOLATION.equals(e.getSQLState());
  }

  /**
   * Whether a duplicate-key error names the constraint. All three databases put the index name in
   * the message (H2 upper-cases it and adds a suffix), and nothing else says which one it was.
   */
  public static boolean names(SQLException e, String constraint) {
    String message = e.getMessage();
    return message != null
        && message.toLowerCase(Locale.ROOT).contains(constraint.toLowerCase(Locale.ROOT));
  }
}
