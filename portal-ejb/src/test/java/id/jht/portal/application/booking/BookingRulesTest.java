package id.jht.portal.application.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.queue.TicketStatus;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BookingRulesTest {

  private static final Set<ClaimStatus> IN_QUEUE =
      EnumSet.of(ClaimStatus.QUEUED, ClaimStatus.CALLED);

  @Test
  void aWaitingTicketMovesAndAMissedCallBooksAgainNothingElse() {
    for (ClaimStatus claim : ClaimStatus.values()) {
      for (TicketStatus ticket : TicketStatus.values()) {
        boolean waiting = claim == ClaimStatus.QUEUED && ticket == TicketStatus.WAITING;
        boolean missed = IN_QUEUE.contains(claim) && ticket == TicketStatus.NO_SHOW;
        assertEquals(missed, BookingRules.mayBookAgain(claim, ticket), claim + "/" + ticket);
        assertEquals(
            waiting || missed, BookingRules.mayReschedule(claim, ticket), claim + "/" + ticket);
      }
    }
  }

  @Test
  void cancellingIsPossibleBeforeTheCallAfterAMissedCallAndWhileDocumentsAreAwaited() {
    for (ClaimStatus claim : ClaimStatus.values()) {
      for (TicketStatus ticket : TicketStatus.values()) {
        boolean expected =
            claim == ClaimStatus.DOCUMENTS_REQUESTED
                || (claim == ClaimStatus.QUEUED && ticket == TicketStatus.WAITING)
                || (IN_QUEUE.contains(claim) && ticket == TicketStatus.NO_SHOW);
        assertEquals(expected, BookingRules.mayCancel(claim, ticket), claim + "/" + ticket);
      }
    }
    assertTrue(BookingRules.mayCancel(ClaimStatus.DOCUMENTS_REQUESTED, null));
    assertFalse(BookingRules.mayCancel(ClaimStatus.CALLED, TicketStatus.CALLED), "in the call");
  }
}
