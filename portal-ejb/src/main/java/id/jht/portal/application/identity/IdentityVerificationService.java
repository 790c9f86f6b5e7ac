package id.jht.portal.application.identity;

import id.jht.portal.application.ratelimit.RateLimits;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Membership;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.model.participant.Participants;
import id.jht.portal.domain.model.participant.PersonName;
import id.jht.portal.domain.shared.Digests;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a participant's identity against the registry: NIK and KPJ exactly, the name after
 * normalising case, spacing and punctuation, the birth date exactly.
 *
 * <p>Repeated mismatches lock the NIK for a while, and an unknown NIK behaves exactly like a known
 * one (its failures are counted in a rate-limit bucket instead of the registry), so nobody learns
 * whether a NIK exists without also knowing its KPJ. Failures are also limited per client address.
 */
@Stateless
public class IdentityVerificationService {

  private static final Duration CLIENT_WINDOW = Duration.ofMinutes(10);

  @Inject Participants participants;
  @Inject Clock clock;
  @Inject RateLimits rateLimits;

  @Inject
  @ConfigProperty(name = "portal.identity.max-failed-attempts", defaultValue = "3")
  int maxFailedAttempts;

  @Inject
  @ConfigProperty(name = "portal.identity.lock-hours", defaultValue = "24")
  int lockHours;

  @Inject
  @ConfigProperty(name = "portal.identity.client-failures-per-window", defaultValue = "20")
  int clientFailuresPerWindow;

  /**
   * Verifies the typed identity. Malformed values are rejected first, with the field named, by the
   * value objects ({@link id.jht.portal.domain.shared.InvalidValueException}).
   */
  public IdentityOutcome verify(IdentityCheck typed, String clientAddress) {
    Nik nik = Nik.of(typed.nik());
    Kpj kpj = Kpj.of(typed.kpj());
    Instant now = clock.instant();
    String clientBucket = "id-client:" + Digests.sha256Hex(String.valueOf(clientAddress));
    RateLimits.Window client = rateLimits.peek(clientBucket, CLIENT_WINDOW, now);
    if (client.hits() >= clientFailuresPerWindow) {
      return new IdentityOutcome.Throttled(client.resetsAt());
    }

    Optional<Participant> found = participants.lockByNik(nik);
    if (found.isEmpty()) {
      rateLimits.hit(clientBucket, CLIENT_WINDOW, now);
      return unknownNikFailure(nik, now);
    }
    Participant participant = found.get();
    if (participant.isLockedAt(now)) {
      return new IdentityOutcome.Locked(participant.getLockedUntil(), false);
    }
    Optional<Membership> membership =
        participant.getMemberships().stream().filter(m -> m.getKpj().equals(kpj)).findFirst();
    boolean matches =
        membership.isPresent()
            && participant.getFullName().sameAs(PersonName.of(typed.fullName()))
            && participant.getBirthDate().equals(typed.birthDate());
    if (!matches) {
      rateLimits.hit(clientBucket, CLIENT_WINDOW, now);
      boolean lockedNow =
          participant.recordFailedAttempt(now, maxFailedAttempts, Duration.ofHours(lockHours));
      return lockedNow
          ? new IdentityOutcome.Locked(participant.getLockedUntil(), true)
          : new IdentityOutcome.Mismatch();
    }
    participant.recordSuccessfulIdentification();
    return confirmed(participant, membership.get());
  }

  /**
   * For a participant with several KPJ: confirms the one typed in full after identification.
   *
   * @return the membership, if the typed number is one of the participant's
   */
  public Optional<IdentityOutcome.MembershipHint> chooseMembership(
      Long participantId, String typedKpj) {
    Kpj kpj = Kpj.of(typedKpj);
    return participants.find(participantId).orElseThrow().getMemberships().stream()
        .filter(m -> m.getKpj().equals(kpj))
        .findFirst()
        .map(IdentityVerificationService::hint);
  }

  /**
   * The confirmation of an earlier identification, read again: the web layer keeps only the ids
   * between requests.
   *
   * @return empty when the participant or that membership of theirs is no longer there
   */
  public Optional<IdentityOutcome.Confirmed> confirmationOf(Long participantId, Long membershipId) {
    return participants
        .find(participantId)
        .flatMap(
            p ->
                p.getMemberships().stream()
                    .filter(m -> m.getId().equals(membershipId))
                    .findFirst()
                    .map(m -> confirmed(p, m)));
  }

  private IdentityOutcome unknownNikFailure(Nik nik, Instant now) {
    String bucket = "id-nik:" + Digests.sha256Hex(nik.value());
    Duration lock = Duration.ofHours(lockHours);
    RateLimits.Window window = rateLimits.peek(bucket, lock, now);
    if (window.hits() >= maxFailedAttempts) {
      return new IdentityOutcome.Locked(window.resetsAt(), false);
    }
    RateLimits.Window after = rateLimits.hit(bucket, lock, now);
    return after.hits() >= maxFailedAttempts
        ? new IdentityOutcome.Locked(after.resetsAt(), true)
        : new IdentityOutcome.Mismatch();
  }

  private static IdentityOutcome.Confirmed confirmed(Participant p, Membership chosen) {
    List<IdentityOutcome.MembershipHint> hints =
        p.getMemberships().stream().map(IdentityVerificationService::hint).toList();
    return new IdentityOutcome.Confirmed(
        p.getId(), p.getFullName().value(), chosen.getId(), chosen.getKpj().masked(), hints);
  }

  private static IdentityOutcome.MembershipHint hint(Membership m) {
    return new IdentityOutcome.MembershipHint(m.getId(), m.getKpj().masked(), m.getEmployerName());
  }
}
