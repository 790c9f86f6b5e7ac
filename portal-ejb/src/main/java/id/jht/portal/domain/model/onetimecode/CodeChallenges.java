package id.jht.portal.domain.model.onetimecode;

import java.time.Instant;
import java.util.Optional;

/**
 * Repository of the code challenges ({@code code_challenge}), in the caller's transaction: what a
 * page without a session keeps between asking for a one-time code and typing it.
 */
public interface CodeChallenges {

  /**
   * Stores a challenge (its id chosen by the caller) and drops those expired before {@code now}.
   */
  void add(CodeChallenge challenge, Instant now);

  /** The challenge of this id and purpose, if it was ever stored and not yet dropped. */
  Optional<CodeChallenge> find(long id, String purpose);

  /** Drops the challenge: its code was redeemed, or the visitor started again. */
  void remove(long id);
}
