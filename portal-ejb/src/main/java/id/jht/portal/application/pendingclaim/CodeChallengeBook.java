package id.jht.portal.application.pendingclaim;

import id.jht.portal.domain.model.onetimecode.CodeChallenge;
import id.jht.portal.domain.model.onetimecode.CodeChallenges;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.model.participant.Participants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The challenges of the one-time-code pages (release, identity unlock), in the caller's
 * transaction: one is opened for every request for a code, matched or not, with a random id that
 * the browser carries signed; the second step finds the participant (or none) and the masked
 * identifiers through it. Open for {@link #LIFETIME}, longer than a code's validity, so that "new
 * code" still works after a code expired.
 */
@ApplicationScoped
public class CodeChallengeBook {

  /** How long the code step may be continued after the request. */
  public static final Duration LIFETIME = Duration.ofMinutes(30);

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject CodeChallenges challenges;
  @Inject Participants participants;

  /** A new challenge; {@code participantId} null when the typed data matched no one. */
  public long open(String purpose, Long participantId, Nik nik, Kpj kpj, Instant now) {
    long id = RANDOM.nextLong() & Long.MAX_VALUE;
    challenges.add(
        new CodeChallenge(
            id,
            purpose,
            participantId,
            nik.masked(),
            kpj == null ? null : kpj.masked(),
            now.plus(LIFETIME)),
        now);
    return id;
  }

  /** The challenge if it is of this purpose and still open. */
  public Optional<CodeChallenge> find(long id, String purpose, Instant now) {
    return challenges.find(id, purpose).filter(c -> c.isOpenAt(now));
  }

  /** The participant the challenge's data matched, if any. */
  public Optional<Participant> participantOf(CodeChallenge challenge) {
    return challenge.participantId() == null
        ? Optional.empty()
        : participants.find(challenge.participantId());
  }

  /** Its code was redeemed: the challenge cannot be continued. */
  public void close(long id) {
    challenges.remove(id);
  }
}
