package id.jht.portal.application.booking;

import id.jht.portal.domain.model.claim.ClaimAction;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.queue.TicketStatus;

/**
 * What a participant may still change. Once an officer has called the ticket the claim is in the
 * officer's hands; a participant asked for documents may still give up, but not move the ticket.
 * After a no-show the claim stays open without a ticket: the participant books a new number. These
 * rules narrow the claim's own lifecycle ({@link ClaimAction}) to what a participant may do, and
 * ask it rather than repeat it.
 */
final class BookingRules {

  private BookingRules() {}

  /** A waiting ticket of a queued claim moves; after a no-show a new one is booked. */
  static boolean mayReschedule(ClaimStatus claim, TicketStatus ticket) {
    return (claim == ClaimStatus.QUEUED && ticket == TicketStatus.WAITING)
        || mayBookAgain(claim, ticket);
  }

  /** The participant missed the call: the claim is still open, its ticket ended as NO_SHOW. */
  static boolean mayBookAgain(ClaimStatus claim, TicketStatus ticket) {
    return (claim == ClaimStatus.QUEUED || ClaimAction.REQUEUE.isAllowedFrom(claim))
        && ticket == TicketStatus.NO_SHOW;
  }

  /** Before the call, after a missed call, or while the officer waits for documents. */
  static boolean mayCancel(ClaimStatus claim, TicketStatus ticket) {
    return ClaimAction.CANCEL.isAllowedFrom(claim)
        && ((claim == ClaimStatus.QUEUED && ticket == TicketStatus.WAITING)
            || mayBookAgain(claim, ticket)
            || claim == ClaimStatus.DOCUMENTS_REQUESTED);
  }
}
