package id.jht.portal.application.queue;

import jakarta.ejb.ApplicationException;

/**
 * A staff member asked for a branch's queue they may not see or work. Nothing is returned or
 * changed; the refusal itself is audited, so the transaction is not rolled back. Carries no data of
 * the branch.
 */
@ApplicationException(rollback = false)
public class BranchAccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BranchAccessDeniedException() {
    super("access to this branch's queue is not allowed");
  }
}
