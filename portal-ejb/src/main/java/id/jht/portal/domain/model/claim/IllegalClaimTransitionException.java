package id.jht.portal.domain.model.claim;

/**
 * An action the claim's lifecycle does not allow from the claim's status ({@link ClaimAction}). The
 * use cases check what a participant or officer may do before they ask, so this is never a user's
 * mistake: it stops a programming error before it is written.
 */
public class IllegalClaimTransitionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final ClaimStatus from;
  private final ClaimStatus to;
  private final ClaimAction action;

  public IllegalClaimTransitionException(ClaimStatus from, ClaimAction action) {
    super("a claim cannot " + action + " from " + from + " (to " + action.target() + ")");
    this.from = from;
    this.to = action.target();
    this.action = action;
  }

  public ClaimStatus from() {
    return from;
  }

  public ClaimStatus to() {
    return to;
  }

  /** The action that was refused. */
  public ClaimAction action() {
    return action;
  }
}
