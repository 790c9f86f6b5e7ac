package id.jht.portal.application.identity;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.pendingclaim.CodeChallengeBook;
import id.jht.portal.application.pendingclaim.CodeRequest;
import id.jht.portal.application.pendingclaim.OneTimeCodes;
import id.jht.portal.application.pendingclaim.PendingClaimSettings;
import id.jht.portal.application.pendingclaim.PendingMails;
import id.jht.portal.application.pendingclaim.ReleaseCodes;
import id.jht.portal.application.ratelimit.RateLimits;
import id.jht.portal.domain.model.onetimecode.CodeChallenge;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.model.participant.Participants;
import id.jht.portal.domain.shared.Digests;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A participant locked out of the identity check after three failed tries unlocks it at once with a
 * one-time code sent to the e-mail address registered for the NIK (never to one typed on the page),
 * on the pending-claim release's rules: the same validity, tries and codes per hour, and answers
 * that never tell whether a NIK exists or is locked.
 */
@Stateless
public class SelfUnlockService {

  /** {@code one_time_code.purpose} of these codes. */
  public static final String PURPOSE = "IDENTITY_UNLOCK";

  private static final Duration REQUEST_WINDOW = Duration.ofHours(1);

  @Inject Participants participants;
  @Inject OneTimeCodes codes;
  @Inject CodeChallengeBook challenges;
  @Inject Clock clock;
  @Inject PendingClaimSettings settings;
  @Inject PendingMails mails;
  @Inject RateLimits rateLimits;
  @Inject AuditTrail audit;

  /**
   * Mails a code when the NIK belongs to a participant whose identity check is locked now, and
   * opens the challenge the code step continues with (whatever the NIK).
   *
   * @return always {@code identity.unlock.codeSent}, with the validity in minutes
   * @throws id.jht.portal.domain.shared.InvalidValueException for a malformed NIK
   */
  public CodeRequest requestCode(String nik) {
    Nik valid = Nik.of(nik);
    Instant now = clock.instant();
    Optional<Participant> found = participants.findByNik(valid);
    long challenge =
        challenges.open(PURPOSE, found.map(Participant::getId).orElse(null), valid, null, now);
    return new CodeRequest(send(valid, found, now), challenge);
  }

  /**
   * "New code" on the code step: as {@link #requestCode}, for the NIK of the challenge.
   *
   * @return empty when the challenge is unknown or no longer open (the visitor starts again)
   */
  public Optional<CodeRequest> requestCodeAgain(long challengeId) {
    Instant now = clock.instant();
    return challenges
        .find(challengeId, PURPOSE, now)
        .map(
            c -> {
              Optional<Participant> found = challenges.participantOf(c);
              Message answer = found.map(p -> send(p.getNik(), found, now)).orElseGet(this::sent);
              return new CodeRequest(answer, c.id());
            });
  }

  /** The challenge's NIK as the code step shows it (masked); empty when it is no longer open. */
  public Optional<String> maskedNik(long challengeId) {
    return challenges.find(challengeId, PURPOSE, clock.instant()).map(CodeChallenge::maskedNik);
  }

  /**
   * Lifts the lock when the code is right (audited as the participant's own action).
   *
   * @return whether the identity check is unlocked now; a refusal reads the same whatever was wrong
   * @throws id.jht.portal.domain.shared.InvalidValueException for a malformed code
   */
  public boolean unlock(long challengeId, String code, String clientAddress) {
    String typed = ReleaseCodes.normalize(code);
    Instant now = clock.instant();
    Optional<CodeChallenge> challenge = challenges.find(challengeId, PURPOSE, now);
    Optional<Participant> found = challenge.flatMap(challenges::participantOf);
    if (found.isEmpty()) {
      return false;
    }
    Participant p = found.get();
    if (!codes.redeem(p.getId(), PURPOSE, typed, now)) {
      return false;
    }
    participants.lock(p);
    p.unlock();
    challenges.close(challengeId);
    audit.record(
        new AuditTrail.Actor(
            "participant:" + p.getNik().masked(), "PARTICIPANT", null, clientAddress),
        "PARTICIPANT_SELF_UNLOCK",
        "participant",
        p.getId(),
        "one-time code to the registered e-mail");
    return true;
  }

  /** Counts the request and mails a code when the participant is locked now. */
  private Message send(Nik nik, Optional<Participant> found, Instant now) {
    // Counted for every NIK, known or not, so the limit itself reveals nothing.
    String bucket = "unlock-code:" + Digests.sha256Hex(nik.value());
    if (rateLimits.hit(bucket, REQUEST_WINDOW, now).exceeds(settings.releaseCodesPerHour())) {
      return sent();
    }
    Optional<Participant> locked = found.filter(p -> p.isLockedAt(now));
    if (locked.isEmpty()) {
      return sent();
    }
    String code =
        codes.issue(
            locked.get().getId(),
            PURPOSE,
            now,
            settings.releaseCodeValidity(),
            settings.releaseCodeTries());
    mails.unlockCode(locked.get(), code, settings.releaseCodeValidity());
    return sent();
  }

  private Message sent() {
    return Message.of(
        "identity.unlock.codeSent", Long.toString(settings.releaseCodeValidity().toMinutes()));
  }
}
