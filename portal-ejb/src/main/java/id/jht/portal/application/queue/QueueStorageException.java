package id.jht.portal.application.queue;

import java.sql.SQLException;

/**
 * The database failed under a queue operation (unreachable, lock timeout): a system failure that
 * rolls the transaction back, never a user's mistake. User-facing refusals are outcomes instead.
 */
public class QueueStorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public QueueStorageException(String what, SQLException cause) {
    super(what + ": " + cause.getMessage(), cause);
  }
}
