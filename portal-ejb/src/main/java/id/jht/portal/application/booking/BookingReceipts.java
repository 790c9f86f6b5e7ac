package id.jht.portal.application.booking;

import id.jht.portal.application.receipt.ReceiptPrinter;
import id.jht.portal.domain.model.claim.Claim;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;

/**
 * The receipt and the calendar file for download, rendered from the booking as it is now (a
 * rescheduled booking gets the new number), for the claim's owner only: stored files are never
 * reachable by an address of their own. Only while the ticket is waiting or being called: a receipt
 * of a cancelled, rescheduled or finished ticket would announce a call that will not come.
 */
@Stateless
public class BookingReceipts {

  @Inject Bookings bookings;
  @Inject Clock clock;
  @Inject ReceiptPrinter printer;

  /**
   * The participant's receipt.
   *
   * @return empty when the claim has no active queue ticket
   * @throws id.jht.portal.application.claim.ClaimAccessDeniedException when the claim is not the
   *     participant's (or does not exist)
   */
  public Optional<ReceiptFile> receipt(Long claimId, Long participantId) {
    Claim claim = bookings.owned(claimId, participantId);
    return bookings
        .snapshot(claim)
        .filter(booking -> booking.ticketStatus().isActive())
        .map(this::render);
  }

  /**
   * The appointment's calendar file, on the same terms as the receipt.
   *
   * @return empty when the claim has no active queue ticket
   * @throws id.jht.portal.application.claim.ClaimAccessDeniedException when the claim is not the
   *     participant's (or does not exist)
   */
  public Optional<CalendarFile> calendar(Long claimId, Long participantId) {
    Claim claim = bookings.owned(claimId, participantId);
    return bookings
        .snapshot(claim)
        .filter(booking -> booking.ticketStatus().isActive())
        .map(
            booking ->
                new CalendarFile(
                    CalendarInvite.fileName(booking), CalendarInvite.of(booking, clock.instant())));
  }

  private ReceiptFile render(BookingSnapshot booking) {
    try {
      return new ReceiptFile(
          ConfirmationTexts.receiptFileName(booking),
          printer.render(ConfirmationTexts.receipt(booking, clock.instant())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the receipt of claim " + booking.claimId(), e);
    }
  }
}
