package id.jht.portal.application.queue;

import id.jht.portal.domain.shared.Message;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What an allocation or a reschedule came to. Only {@link Allocated} changed anything; every other
 * outcome leaves the database as it was. Each outcome names its user text as a message key ({@code
 * queue.outcome.*}) with arguments.
 *
 * <p>Java 17 has no pattern-matching switch: callers branch with {@code instanceof}.
 */
public sealed interface AllocationOutcome extends Serializable {

  Message message();

  /** The ticket was issued. */
  record Allocated(AllocatedTicket ticket) implements AllocationOutcome {
    @Override
    public Message message() {
      return Message.of(
          "queue.outcome.allocated", ticket.ticketNumber(), ticket.bookingCode().formatted());
    }
  }

  /** Every number of the session's quota for that day is taken. */
  record SessionFull(String branchCode, LocalDate serviceDate, String sessionCode, int quota)
      implements AllocationOutcome {
    @Override
    public Message message() {
      return Message.of("queue.outcome.sessionFull", sessionCode, serviceDate);
    }
  }

  /**
   * The person already holds an active ticket: one active booking per person.
   *
   * @param existingTicketNumber its number when known, else {@code null} (a concurrent booking that
   *     the refused transaction cannot see yet)
   */
  record AlreadyBooked(String existingTicketNumber) implements AllocationOutcome {
    @Override
    public Message message() {
      return existingTicketNumber == null
          ? Message.of("queue.outcome.alreadyBooked")
          : Message.of("queue.outcome.alreadyBookedNumber", existingTicketNumber);
    }
  }

  /** A weekend, a national holiday, or a day that can no longer be booked (today or earlier). */
  record NotAWorkingDay(LocalDate serviceDate) implements AllocationOutcome {
    @Override
    public Message message() {
      return Message.of("queue.outcome.notAWorkingDay", serviceDate);
    }
  }

  /** No such active branch, or the branch has no session with that code. */
  record SessionUnknown(long branchId, String sessionCode) implements AllocationOutcome {
    @Override
    public Message message() {
      return Message.of("queue.outcome.sessionUnknown");
    }
  }

  /** A reschedule found no waiting ticket of the person to move. */
  record NothingToReschedule() implements AllocationOutcome {
    @Override
    public Message message() {
      return Message.of("queue.outcome.nothingToReschedule");
    }
  }
}
