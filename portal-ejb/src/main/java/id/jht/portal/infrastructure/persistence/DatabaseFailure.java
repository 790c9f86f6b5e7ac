package id.jht.portal.infrastructure.persistence;

import java.sql.SQLException;

/**
 * The database failed under a repository's work (unreachable, lock timeout, deadlock): a system
 * failure that rolls the transaction back, never a user's mistake. User-facing refusals are
 * outcomes of the use cases instead.
 */
public class DatabaseFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DatabaseFailure(String what, SQLException cause) {
    super("cannot " + what + ": " + cause.getMessage(), cause);
  }
}
