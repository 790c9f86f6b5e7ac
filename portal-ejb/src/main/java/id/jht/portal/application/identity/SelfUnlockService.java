package id.jht.portal.application.identity;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.pendingclaim.OneTimeCodes;
import id.jht.portal.application.pendingclaim.PendingClaimSettings;
import id.jht.portal.application.pendingclaim.PendingMails;
import id.jht.portal.application.pendingclaim.ReleaseCodes;
import id.jht.portal.application.ratelimit.RateLimits;
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
  static final String PURPOSE = "IDENTITY_UNLOCK";

  private static final Duration REQUEST_WINDOW = Duration.ofHours(1);

  @Inject Participants participants;
  @Inject OneTimeCodes codes;
  @Inject Clock clock;
  @Inject PendingClaimSettings settings;
  @Inject PendingMails mails;
  @Inject RateLimits rateLimits;
  @Inject AuditTrail audit;

  /**
   * Mails a code when the NIK belongs to a participant whose identity check is locked now.
   *
   * @return always {@code identity.unlock.codeSent}, with the validity in minutes
   * @throws id.jht.portal.domain.shared.InvalidValueException for a malformed NIK
   */
  public Message requestCode(String nik) {
    Nik valid = Nik.of(nik);
    Message answer =
        Message.of(
            "identity.unlock.codeSent", Long.toString(settings.releaseCodeValidity().toMinutes()));
    Instant now = clock.instant();
    // Counted for every NIK, known or not, so the limit itself reveals nothing.
    String bucket = "unlock-code:" + Digests.sha256Hex(valid.value());
    if (rateLimits.hit(bucket, REQUEST_WINDOW, now).exceeds(settings.releaseCodesPerHour())) {
      return answer;
    }
    Optional<Participant> locked = participants.findByNik(valid).filter(p -> p.isLockedAt(now));
    if (locked.isEmpty()) {
      return answer;
    }
    String code =
        codes.issue(
            locked.get().getId(),
            PURPOSE,
            now,
            settings.releaseCodeValidity(),
            settings.releaseCodeTries());
    mails.unlockCode(locked.get(), code, settings.releaseCodeValidity());
    return answer;
  }

  /**
   * Lifts the lock when the code is right (audited as the participant's own action).
   *
   * @return whether the identity check is unlocked now; a refusal reads the same whatever was wrong
   * @throws id.jht.portal.domain.shared.InvalidValueException for a malformed NIK or code
   */
  public boolean unlock(String nik, String code, String clientAddress) {
    Nik valid = Nik.of(nik);
    String typed = ReleaseCodes.normalize(code);
    Optional<Participant> found = participants.findByNik(valid);
    if (found.isEmpty()) {
      return false;
    }
    Participant p = found.get();
    Instant now = clock.instant();
    if (!codes.redeem(p.getId(), PURPOSE, typed, now)) {
      return false;
    }
    participants.lock(p);
    p.unlock();
    audit.record(
        new AuditTrail.Actor(
            "participant:" + p.getNik().masked(), "PARTICIPANT", null, clientAddress),
        "PARTICIPANT_SELF_UNLOCK",
        "participant",
        p.getId(),
        "one-time code to the registered e-mail");
    return true;
  }
}
