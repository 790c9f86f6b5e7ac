package id.jht.portal.application.booking;

import id.jht.portal.application.claim.ClaimAccessDeniedException;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimEvent;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.claim.Claims;
import id.jht.portal.domain.model.claim.DocumentSlots;
import id.jht.portal.domain.model.claim.ReviewStatus;
import id.jht.portal.domain.model.queue.ClaimTickets;
import id.jht.portal.domain.model.queue.TicketStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The status page's content: the booking, the timeline, on the service day the live position with
 * an estimated time ({@code portal.booking.minutes-per-ticket}, default 10), and the documents an
 * officer asked for.
 */
@Stateless
public class BookingStatusService {

  @Inject Claims claims;
  @Inject DocumentSlots slots;
  @Inject ClaimTickets tickets;
  @Inject Bookings bookings;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.booking.minutes-per-ticket", defaultValue = "10")
  int minutesPerTicket;

  /**
   * The participant's booking.
   *
   * @throws id.jht.portal.application.claim.ClaimAccessDeniedException when the claim is not the
   *     participant's, does not exist or has no queue ticket
   */
  public BookingStatus status(Long claimId, Long participantId) {
    Claim claim = bookings.owned(claimId, participantId);
    BookingSnapshot booking = bookings.snapshot(claim).orElseThrow(ClaimAccessDeniedException::new);
    List<ClaimEvent> events = claims.events(claimId);
    return new BookingStatus(
        claimId,
        claim.getStatus().name(),
        booking.ticketNumber(),
        booking.bookingCode().formatted(),
        booking.ticketStatus().name(),
        booking.branchName(),
        booking.branchAddress(),
        booking.zone(),
        booking.serviceDate(),
        booking.sessionCode(),
        booking.sessionStart(),
        booking.sessionEnd(),
        Timeline.of(events, claim.getStatus()),
        live(booking),
        claim.getStatus() == ClaimStatus.DOCUMENTS_REQUESTED ? requested(claimId) : List.of(),
        BookingRules.mayReschedule(claim.getStatus(), booking.ticketStatus()),
        BookingRules.mayCancel(claim.getStatus(), booking.ticketStatus()),
        booking.ticketStatus().isActive());
  }

  /** On the service day only, for a waiting or called ticket of a claim still in the queue. */
  private LivePosition live(BookingSnapshot booking) {
    Instant now = clock.instant();
    boolean inQueue =
        booking.claimStatus() == ClaimStatus.QUEUED || booking.claimStatus() == ClaimStatus.CALLED;
    if (!inQueue || !booking.serviceDate().equals(LocalDate.now(clock.withZone(booking.zone())))) {
      return null;
    }
    if (booking.ticketStatus() == TicketStatus.CALLED) {
      return new LivePosition(0, now, true);
    }
    if (booking.ticketStatus() != TicketStatus.WAITING) {
      return null;
    }
    int ahead =
        tickets.waitingBefore(
            booking.branchId(), booking.serviceDate(), booking.sessionCode(), booking.sequenceNo());
    Instant estimate =
        QueueEstimate.estimate(
            booking.serviceDate(),
            booking.sessionStart(),
            booking.zone(),
            now,
            ahead,
            Duration.ofMinutes(Math.max(1, minutesPerTicket)));
    return new LivePosition(ahead, estimate, false);
  }

  private List<RequestedDocument> requested(Long claimId) {
    return slots.withReviewStatus(claimId, ReviewStatus.REUPLOAD).stream()
        .map(
            d ->
                new RequestedDocument(
                    d.getDocumentType().name(), d.getDisplayName(), d.getReviewNote()))
        .toList();
  }
}
