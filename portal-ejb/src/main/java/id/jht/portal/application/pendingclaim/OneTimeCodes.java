package id.jht.portal.application.pendingclaim;

import id.jht.portal.domain.model.onetimecode.IssuedCode;
import id.jht.portal.domain.model.onetimecode.IssuedCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One-time codes, for the pending-claim release and other purposes alike, in the caller's
 * transaction: six digits, only a hash stored (bound to participant and purpose, keyed: {@link
 * CodeHashes}), a new code voids the previous one, a fixed validity and number of tries, the last
 * wrong try voids the code.
 */
@ApplicationScoped
public class OneTimeCodes {

  @Inject IssuedCodes codes;
  @Inject CodeHashes hashes;

  /** Issues a new code for the participant and purpose, voiding unused earlier ones. */
  public String issue(
      Long participantId, String purpose, Instant now, Duration validity, int tries) {
    String code = ReleaseCodes.generate();
    codes.voidUnused(participantId, purpose);
    codes.add(
        participantId,
        purpose,
        hashes.of(purpose, participantId, code),
        now.plus(validity),
        tries,
        now);
    return code;
  }

  /**
   * Whether {@code typed} (already normalized) is the participant's latest unused, unexpired code
   * of the purpose with tries left. A right code is used up; a wrong one uses up a try. The code's
   * row is locked, so two tries at once are counted one after the other.
   */
  public boolean redeem(Long participantId, String purpose, String typed, Instant now) {
    Optional<Long> id = codes.latestUnused(participantId, purpose);
    if (id.isEmpty()) {
      return false;
    }
    IssuedCode code = codes.lock(id.get());
    if (!code.isRedeemableAt(now)) {
      return false;
    }
    if (!hashes.matches(purpose, participantId, typed, code.codeHash())) {
      int left = code.triesLeft() - 1;
      codes.countTry(code.id(), left, left <= 0);
      return false;
    }
    codes.use(code.id());
    return true;
  }
}
