package id.jht.portal.application.booking;

import id.jht.portal.application.queue.BookingCode;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.queue.TicketStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A submitted claim with its current queue ticket, branch and session times: what the receipt, the
 * confirmation e-mail and the status page are made from.
 *
 * @param sessionStart local time in {@code zone}, or null when the session no longer exists
 */
record BookingSnapshot(
    Long claimId,
    Long participantId,
    ClaimStatus claimStatus,
    Long ticketId,
    String ticketNumber,
    BookingCode bookingCode,
    TicketStatus ticketStatus,
    int sequenceNo,
    Long branchId,
    String branchName,
    String branchAddress,
    ZoneId zone,
    LocalDate serviceDate,
    String sessionCode,
    LocalTime sessionStart,
    LocalTime sessionEnd,
    String recipient) {}
