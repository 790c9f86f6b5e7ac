package id.jht.portal.application.claim;

/** The claim does not exist or is not the caller's: the same answer for both, on purpose. */
public class ClaimAccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ClaimAccessDeniedException() {
    super("claim not found for this participant");
  }
}
