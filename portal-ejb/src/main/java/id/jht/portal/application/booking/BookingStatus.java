package id.jht.portal.application.booking;

import id.jht.portal.application.texts.Texts;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A booking as the status page shows it.
 *
 * @param claimStatus a {@link id.jht.portal.domain.model.claim.ClaimStatus} name; its label is
 *     {@code booking.claimStatus.<status>}
 * @param ticketStatus a {@link id.jht.portal.domain.model.queue.TicketStatus} name
 * @param bookingCode the current ticket's code, formatted {@code K7QX-M3PR-T9}
 * @param sessionStart local time at the branch (zone {@code branchZone}), null if unknown
 * @param live the position in the queue on the service day, else null
 * @param requestedDocuments what the officer asked to upload again (DOCUMENTS_REQUESTED only)
 * @param reschedulable a waiting ticket of a queued claim may move to another session or day
 * @param cancellable the participant may still cancel
 * @param receiptAvailable the ticket is still active, so its receipt still holds
 */
public record BookingStatus(
    Long claimId,
    String claimStatus,
    String ticketNumber,
    String bookingCode,
    String ticketStatus,
    String branchName,
    String branchAddress,
    ZoneId branchZone,
    LocalDate serviceDate,
    String sessionCode,
    LocalTime sessionStart,
    LocalTime sessionEnd,
    List<TimelineEntry> timeline,
    LivePosition live,
    List<RequestedDocument> requestedDocuments,
    boolean reschedulable,
    boolean cancellable,
    boolean receiptAvailable)
    implements Serializable {

  public BookingStatus {
    timeline = List.copyOf(timeline);
    requestedDocuments = List.copyOf(requestedDocuments);
  }

  /** WIB, WITA or WIT. */
  public String zoneLabel() {
    return Texts.zoneLabel(branchZone);
  }
}
