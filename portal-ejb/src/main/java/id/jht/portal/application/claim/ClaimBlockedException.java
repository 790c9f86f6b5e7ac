package id.jht.portal.application.claim;

import id.jht.portal.application.pendingclaim.ClaimLock;
import java.util.List;

/**
 * A new claim cannot start: another channel (the mobile app, a branch counter) holds an open claim
 * for the same person. The locks say where, with their booking codes and ready-made messages.
 */
public class ClaimBlockedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<ClaimLock> locks;

  public ClaimBlockedException(List<ClaimLock> locks) {
    super("a claim is open in another channel");
    this.locks = List.copyOf(locks);
  }

  public List<ClaimLock> locks() {
    return locks;
  }
}
