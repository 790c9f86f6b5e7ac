package id.jht.portal.domain.model.onetimecode;

import java.time.Instant;

/**
 * A stored one-time code: its hash (bound to participant and purpose), expiry, tries left and
 * whether it is used up.
 */
public record IssuedCode(long id, String codeHash, Instant expiresAt, int triesLeft, boolean used) {

  /** Whether a typed code may still be checked against this one at {@code now}. */
  public boolean isRedeemableAt(Instant now) {
    return !used && triesLeft > 0 && expiresAt.isAfter(now);
  }
}
