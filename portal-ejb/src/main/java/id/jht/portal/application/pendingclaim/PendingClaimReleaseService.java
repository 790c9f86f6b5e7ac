package id.jht.portal.application.pendingclaim;

import id.jht.portal.application.ratelimit.RateLimits;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.model.participant.Participants;
import id.jht.portal.domain.model.pendingclaim.PendingClaims;
import id.jht.portal.domain.shared.Digests;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * "Release my pending claim" without a branch visit: NIK, KPJ and birth date, then a one-time code
 * sent to the e-mail address in the registry (never to an address typed on the page). Codes are
 * valid 10 minutes and allow 5 tries (configurable); a new code replaces the previous one, and a
 * participant gets at most 3 codes an hour.
 *
 * <p>Neither step reveals whether a NIK exists: the request always gets the same answer, and a
 * release attempt is either accepted or refused with the same message whatever went wrong.
 */
@Stateless
public class PendingClaimReleaseService {

  private static final Duration REQUEST_WINDOW = Duration.ofHours(1);

  @Inject Clock clock;
  @Inject PendingClaimSettings settings;
  @Inject ParticipantRelease release;
  @Inject PendingClaims repository;
  @Inject Participants participants;
  @Inject OneTimeCodes codes;
  @Inject PendingMails mails;
  @Inject RateLimits rateLimits;

  /**
   * Sends a code to the registered e-mail when NIK, KPJ and birth date match the registry and there
   * is something to release (else, to the same address, a note that there is nothing to release).
   *
   * @return always {@code pending.release.codeSent} with the validity in minutes
   * @throws InvalidValueException for a malformed NIK or KPJ, or a missing birth date
   */
  public Message requestReleaseCode(String nik, String kpj, LocalDate birthDate) {
    Nik validNik = Nik.of(nik);
    Kpj validKpj = Kpj.of(kpj);
    requireBirthDate(birthDate);
    Message answer =
        Message.of(
            "pending.release.codeSent", Long.toString(settings.releaseCodeValidity().toMinutes()));
    Instant now = clock.instant();
    // Counted for every NIK, known or not, so the limit itself reveals nothing.
    String bucket = "release-code:" + Digests.sha256Hex(validNik.value());
    if (rateLimits.hit(bucket, REQUEST_WINDOW, now).exceeds(settings.releaseCodesPerHour())) {
      return answer;
    }
    Optional<Participant> participant = matching(validNik, validKpj, birthDate);
    if (participant.isEmpty()) {
      return answer;
    }
    Participant p = participant.get();
    boolean somethingToRelease =
        !repository.claimsOfOpenRecords(p.getId()).isEmpty()
            || repository.openDraftOf(p.getId()).isPresent();
    if (!somethingToRelease) {
      mails.nothingToRelease(p);
      return answer;
    }
    String code =
        codes.issue(
            p.getId(),
            ReleaseCodes.PURPOSE,
            now,
            settings.releaseCodeValidity(),
            settings.releaseCodeTries());
    mails.releaseCode(p, code, settings.releaseCodeValidity());
    return answer;
  }

  /**
   * Releases the participant's pending claims (OPEN records become CANCELLED_BY_PARTICIPANT, the
   * draft is cancelled) when the code is right. A wrong code uses up one try; the last try voids
   * the code.
   *
   * @throws InvalidValueException for a malformed NIK, KPJ or code, or a missing birth date
   */
  public ReleaseOutcome releaseWithCode(String nik, String kpj, LocalDate birthDate, String code) {
    Nik validNik = Nik.of(nik);
    Kpj validKpj = Kpj.of(kpj);
    requireBirthDate(birthDate);
    String typedCode = ReleaseCodes.normalize(code);
    Optional<Participant> participant = matching(validNik, validKpj, birthDate);
    if (participant.isEmpty()) {
      return ReleaseOutcome.refused();
    }
    Participant p = participant.get();
    Instant now = clock.instant();
    if (!codes.redeem(p.getId(), ReleaseCodes.PURPOSE, typedCode, now)) {
      return ReleaseOutcome.refused();
    }
    ParticipantRelease.Result result =
        release.releaseAll(p.getId(), PendingClaimService.PARTICIPANT, "one-time code", now);
    mails.released(p);
    return ReleaseOutcome.released(result.recordsClosed());
  }

  private Optional<Participant> matching(Nik nik, Kpj kpj, LocalDate birthDate) {
    return participants
        .findByNik(nik)
        .filter(p -> birthDate.equals(p.getBirthDate()))
        .filter(p -> p.getMemberships().stream().anyMatch(m -> m.getKpj().equals(kpj)));
  }

  private static void requireBirthDate(LocalDate birthDate) {
    if (birthDate == null) {
      throw InvalidValueException.of("birthDate", "pending.release.birthDateRequired");
    }
  }
}
