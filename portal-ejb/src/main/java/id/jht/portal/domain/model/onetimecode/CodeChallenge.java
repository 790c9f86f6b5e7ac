package id.jht.portal.domain.model.onetimecode;

import java.time.Instant;

/**
 * One request for a one-time code, as the page's second step needs it: the participant the typed
 * data matched (null when they matched none: the page answers alike), and what the step shows of
 * the typed identifiers, masked. The browser holds only the id.
 */
public record CodeChallenge(
    long id,
    String purpose,
    Long participantId,
    String maskedNik,
    String maskedKpj,
    Instant expiresAt) {

  /** Whether the second step may still use this challenge at {@code now}. */
  public boolean isOpenAt(Instant now) {
    return expiresAt.isAfter(now);
  }
}
