package id.jht.portal.application.pendingclaim;

import jakarta.ejb.ApplicationException;

/** An officer acted on a record of another branch (only administrators see every branch). */
@ApplicationException(rollback = true)
public class PendingClaimAccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PendingClaimAccessDeniedException(String username, Long pendingClaimId) {
    super("Staff member " + username + " may not act on pending claim " + pendingClaimId);
  }
}
