package id.jht.portal.application.booking;

import id.jht.portal.application.queue.BookingCode;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.queue.TicketStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The booking the confirmation texts and the calendar invite are checked with: ticket
 * MKS-261123-B017, code K7QXM3PRT9, session B from 10:00 to 12:00 on 23 November 2026, waiting.
 */
final class SampleBookings {

  private SampleBookings() {}

  /** Ticket B017 at a branch of this name and address, whose clock runs in {@code zone}. */
  static BookingSnapshot ticketB017(String branchName, String branchAddress, ZoneId zone) {
    return new BookingSnapshot(
        7L,
        3L,
        ClaimStatus.QUEUED,
        11L,
        "MKS-261123-B017",
        new BookingCode("K7QXM3PRT9"),
        TicketStatus.WAITING,
        17,
        2L,
        branchName,
        branchAddress,
        zone,
        LocalDate.of(2026, 11, 23),
        "B",
        LocalTime.of(10, 0),
        LocalTime.of(12, 0),
        "peserta@example.com");
  }
}
