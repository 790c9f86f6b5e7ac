package id.jht.portal.application.admin;

import java.sql.SQLException;

/** The database failed to answer an administration query: a system failure, not a user error. */
public class AdminStorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AdminStorageException(String what, SQLException cause) {
    super(what + ": " + cause.getMessage(), cause);
  }
}
