package id.jht.portal.domain.model.claim;

/**
 * A change of status the claim's lifecycle does not allow ({@link ClaimStatus#mayMoveTo}). The use
 * cases check what a participant or officer may do before they ask, so this is never a user's
 * mistake: it stops a programming error before it is written.
 */
public class IllegalClaimTransitionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final ClaimStatus from;
  private final ClaimStatus to;

  public IllegalClaimTransitionException(ClaimStatus from, ClaimStatus to) {
    super("a claim cannot move from " + from + " to " + to);
    this.from = from;
    this.to = to;
  }

  public ClaimStatus from() {
    return from;
  }

  public ClaimStatus to() {
    return to;
  }
}
