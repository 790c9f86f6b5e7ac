package id.jht.portal.application.queue;

import id.jht.portal.domain.model.branch.BranchOffice;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A ticket just issued: everything the confirmation page, e-mail and receipt show.
 *
 * @param branch with name, address and time zone (session times are local to it)
 * @param sequenceNo 1, 2, 3... within branch, day and session, without gaps
 * @param ticketNumber e.g. {@code SDA-261123-B017}
 * @param bookingCode the participant's key to the booking; show {@link BookingCode#formatted()}
 */
public record AllocatedTicket(
    long ticketId,
    long claimId,
    long participantId,
    BranchOffice branch,
    LocalDate serviceDate,
    String sessionCode,
    LocalTime sessionStart,
    LocalTime sessionEnd,
    int sequenceNo,
    String ticketNumber,
    BookingCode bookingCode)
    implements Serializable {}
