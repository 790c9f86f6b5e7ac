package id.jht.portal.domain.model.onetimecode;

import java.time.Instant;
import java.util.Optional;

/**
 * Repository of the one-time codes ({@code one_time_code}), in the caller's transaction. A code's
 * row is locked while a try is counted, so two tries at once are counted one after the other.
 */
public interface IssuedCodes {

  /** Voids the participant's unused codes of the purpose. */
  void voidUnused(Long participantId, String purpose);

  /** Stores a new unused code. */
  void add(
      Long participantId,
      String purpose,
      String codeHash,
      Instant expiresAt,
      int tries,
      Instant createdAt);

  /** The id of the participant's latest unused code of the purpose (the highest id). */
  Optional<Long> latestUnused(Long participantId, String purpose);

  /** The code, locked for the rest of the transaction. */
  IssuedCode lock(long codeId);

  /** Sets the tries left, and whether the code is used up. */
  void countTry(long codeId, int triesLeft, boolean usedUp);

  /** Marks the code used. */
  void use(long codeId);
}
