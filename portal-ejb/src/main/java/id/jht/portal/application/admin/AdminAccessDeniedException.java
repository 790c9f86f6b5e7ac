package id.jht.portal.application.admin;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not use this administration function (not an administrator, an inactive account,
 * or a supervisor reaching beyond their branch). Nothing is returned or changed; the refusal itself
 * is audited, so the transaction is not rolled back. Carries no data of what was asked for.
 */
@ApplicationException(rollback = false)
public class AdminAccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AdminAccessDeniedException() {
    super("this administration function is not allowed for the caller");
  }
}
