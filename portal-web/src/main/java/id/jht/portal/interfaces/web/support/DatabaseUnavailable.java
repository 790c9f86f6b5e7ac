package id.jht.portal.interfaces.web.support;

import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure came from the database being out of reach rather than from the request: the
 * pool had no connection within its wait (the node is overloaded) or could not make one, or the
 * connection broke (the database restarts). Such a request may succeed when tried again.
 */
final class DatabaseUnavailable {

  /** Causes deeper than this are not followed (a chain that loops back on itself). */
  private static final int DEEPEST_CAUSE = 32;

  /** SQLSTATE class 08: connection exception. */
  private static final String CONNECTION_EXCEPTION = "08";

  private DatabaseUnavailable() {}

  static boolean caused(Throwable failure) {
    return firstSuchCause(failure) != null;
  }

  /** For the log: the class and message of the cause that tells (no data of the request). */
  static String reason(Throwable failure) {
    Throwable cause = firstSuchCause(failure);
    return cause == null ? "" : cause.getClass().getName() + ": " + cause.getMessage();
  }

  private static Throwable firstSuchCause(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++) {
      if (isUnavailability(cause)) {
        return cause;
      }
      cause = cause.getCause();
    }
    return null;
  }

  private static boolean isUnavailability(Throwable cause) {
    return cause instanceof ResourceAllocationException
        || cause instanceof SQLTransientConnectionException
        || cause instanceof SQLNonTransientConnectionException
        || cause instanceof SQLRecoverableException
        || (cause instanceof SQLException sql
            && sql.getSQLState() != null
            && sql.getSQLState().startsWith(CONNECTION_EXCEPTION));
  }
}
