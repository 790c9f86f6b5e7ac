package id.jht.portal.application.booking;

import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.application.queue.BookingCode;
import id.jht.portal.application.ratelimit.RateLimits;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.Claims;
import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.model.queue.ClaimTickets;
import id.jht.portal.domain.shared.Digests;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens a booking for the status page with the booking code plus the NIK (or a KPJ) and the birth
 * date of its holder. Any of the three wrong gives the same answer, and wrong combinations are
 * limited per client address and per booking code ({@code
 * portal.booking.lookup-failures-per-window} in {@code portal.booking.lookup-window-minutes},
 * defaults 10 in 15), so neither a code nor a person's data can be found by trying.
 *
 * <p>A code of an earlier ticket of the same claim (before a reschedule) still opens the claim: the
 * participant may only have the first e-mail at hand. The page then shows the current ticket.
 */
@Stateless
public class BookingLookupService {

  @Inject Claims claims;
  @Inject ClaimTickets tickets;
  @Inject Clock clock;
  @Inject RateLimits rateLimits;

  @Inject
  @ConfigProperty(name = "portal.booking.lookup-failures-per-window", defaultValue = "10")
  int failuresPerWindow;

  @Inject
  @ConfigProperty(name = "portal.booking.lookup-window-minutes", defaultValue = "15")
  int windowMinutes;

  /**
   * Checks the typed values.
   *
   * @param clientAddress the caller's address, for the per-client limit (stored hashed only)
   * @throws ValidationFailedException for an empty or malformed field (fields {@code bookingCode},
   *     {@code identity}, {@code birthDate}); such input is not counted as a wrong combination
   */
  public LookupOutcome open(
      String typedCode, String typedIdentity, LocalDate birthDate, String clientAddress) {
    ValidationFailedException.Collector errors = new ValidationFailedException.Collector();
    if (typedCode == null || typedCode.isBlank()) {
      errors.add("bookingCode", Message.of("booking.lookup.bookingCode.required"));
    }
    TypedIdentity identity = errors.check(() -> TypedIdentity.parse(typedIdentity));
    if (birthDate == null) {
      errors.add("birthDate", Message.of("booking.lookup.birthDate.required"));
    }
    errors.throwIfAny();

    Instant now = clock.instant();
    Duration window = Duration.ofMinutes(Math.max(1, windowMinutes));
    String clientBucket = "booking-client:" + Digests.sha256Hex(String.valueOf(clientAddress));
    Optional<BookingCode> code = BookingCode.parse(typedCode);
    // A malformed code shares one bucket: it is wrong for everyone alike.
    String codeBucket =
        "booking-code:" + Digests.sha256Hex(code.map(BookingCode::value).orElse("malformed"));
    Optional<Instant> blocked = blockedUntil(now, window, clientBucket, codeBucket);
    if (blocked.isPresent()) {
      return new LookupOutcome.Throttled(blocked.get());
    }
    Optional<Claim> claim = code.flatMap(this::claimOf);
    if (claim.isPresent() && belongsTo(claim.get().getParticipant(), identity, birthDate)) {
      return new LookupOutcome.Opened(claim.get().getId(), claim.get().getParticipant().getId());
    }
    rateLimits.hit(clientBucket, window, now);
    if (code.isPresent()) {
      rateLimits.hit(codeBucket, window, now);
    }
    return new LookupOutcome.NotFound();
  }

  private Optional<Instant> blockedUntil(
      Instant now, Duration window, String clientBucket, String codeBucket) {
    for (String bucket : new String[] {clientBucket, codeBucket}) {
      RateLimits.Window current = rateLimits.peek(bucket, window, now);
      if (current.hits() >= failuresPerWindow) {
        return Optional.of(current.resetsAt());
      }
    }
    return Optional.empty();
  }

  private Optional<Claim> claimOf(BookingCode code) {
    return tickets
        .byBookingCode(code.value())
        .flatMap(ticket -> claims.find(ticket.getClaimId()))
        .filter(claim -> !claim.isDraft());
  }

  private static boolean belongsTo(
      Participant participant, TypedIdentity identity, LocalDate birthDate) {
    boolean samePerson =
        identity.nik().map(nik -> nik.equals(participant.getNik().value())).orElse(false)
            || identity
                .kpj()
                .map(
                    kpj ->
                        participant.getMemberships().stream()
                            .anyMatch(m -> kpj.equals(m.getKpj().value())))
                .orElse(false);
    return samePerson && birthDate.equals(participant.getBirthDate());
  }
}
