package id.jht.portal.application.pendingclaim;

import id.jht.portal.application.ratelimit.RateLimits;
import id.jht.portal.domain.model.onetimecode.CodeChallenge;
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
  @Inject CodeChallengeBook challenges;
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
    return send(validNik, matching(validNik, validKpj, birthDate), clock.instant());
  }

  /**
   * As {@link #requestReleaseCode}, and opens the challenge the page's code step continues with
   * (whatever the data): the page keeps its id, never the typed data.
   */
  public CodeRequest requestCode(String nik, String kpj, LocalDate birthDate) {
    Nik validNik = Nik.of(nik);
    Kpj validKpj = Kpj.of(kpj);
    requireBirthDate(birthDate);
    Instant now = clock.instant();
    Optional<Participant> participant = matching(validNik, validKpj, birthDate);
    long challenge =
        challenges.open(
            ReleaseCodes.PURPOSE,
            participant.map(Participant::getId).orElse(null),
            validNik,
            validKpj,
            now);
    return new CodeRequest(send(validNik, participant, now), challenge);
  }

  /**
   * "New code" on the code step, for the person of the challenge (the data matched once).
   *
   * @return empty when the challenge is unknown or no longer open (the visitor starts again)
   */
  public Optional<CodeRequest> requestCodeAgain(long challengeId) {
    Instant now = clock.instant();
    return challenges
        .find(challengeId, ReleaseCodes.PURPOSE, now)
        .map(
            c -> {
              Optional<Participant> p = challenges.participantOf(c);
              Message answer = p.map(found -> send(found.getNik(), p, now)).orElseGet(this::sent);
              return new CodeRequest(answer, c.id());
            });
  }

  /** What the code step shows of the typed data (masked); empty when no longer open. */
  public Optional<CodeChallenge> challenge(long challengeId) {
    return challenges.find(challengeId, ReleaseCodes.PURPOSE, clock.instant());
  }

  private Message send(Nik nik, Optional<Participant> participant, Instant now) {
    // Counted for every NIK, known or not, so the limit itself reveals nothing.
    String bucket = "release-code:" + Digests.sha256Hex(nik.value());
    if (rateLimits.hit(bucket, REQUEST_WINDOW, now).exceeds(settings.releaseCodesPerHour())) {
      return sent();
    }
    if (participant.isEmpty()) {
      return sent();
    }
    Participant p = participant.get();
    boolean somethingToRelease =
        !repository.claimsOfOpenRecords(p.getId()).isEmpty()
            || repository.openDraftOf(p.getId()).isPresent();
    if (!somethingToRelease) {
      mails.nothingToRelease(p);
      return sent();
    }
    String code =
        codes.issue(
            p.getId(),
            ReleaseCodes.PURPOSE,
            now,
            settings.releaseCodeValidity(),
            settings.releaseCodeTries());
    mails.releaseCode(p, code, settings.releaseCodeValidity());
    return sent();
  }

  private Message sent() {
    return Message.of(
        "pending.release.codeSent", Long.toString(settings.releaseCodeValidity().toMinutes()));
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
    return release(matching(validNik, validKpj, birthDate), typedCode);
  }

  /**
   * As {@link #releaseWithCode(String, String, LocalDate, String)}, for the person of the
   * challenge; a refusal reads the same when the challenge matched no one or is no longer open.
   *
   * @throws InvalidValueException for a malformed code
   */
  public ReleaseOutcome releaseWithCode(long challengeId, String code) {
    String typedCode = ReleaseCodes.normalize(code);
    ReleaseOutcome outcome =
        release(challenge(challengeId).flatMap(challenges::participantOf), typedCode);
    if (outcome.released()) {
      challenges.close(challengeId);
    }
    return outcome;
  }

  private ReleaseOutcome release(Optional<Participant> participant, String typedCode) {
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
