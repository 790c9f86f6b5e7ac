package id.jht.portal.application.verification;

import jakarta.ejb.ApplicationException;

/**
 * A staff member asked for a claim, ticket or document of a branch they may not work. Nothing is
 * returned or changed; the refusal itself is audited, so the transaction is not rolled back.
 * Carries no data of the claim.
 */
@ApplicationException(rollback = false)
public class VerificationAccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public VerificationAccessDeniedException() {
    super("access to this claim is not allowed");
  }
}
