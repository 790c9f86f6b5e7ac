package id.jht.portal.application.queue;

import id.jht.portal.domain.shared.Message;
import java.io.Serializable;

/** What "call next" came to; each outcome names its user text ({@code queue.board.*}). */
public sealed interface CallOutcome extends Serializable {

  Message message();

  /** The ticket is now at the officer's desk. */
  record Called(CalledTicket ticket) implements CallOutcome {
    @Override
    public Message message() {
      return Message.of("queue.board.called", ticket.ticketNumber(), ticket.desk());
    }
  }

  /** Nobody is waiting (in that session). */
  record NoneWaiting() implements CallOutcome {
    @Override
    public Message message() {
      return Message.of("queue.board.noneWaiting");
    }
  }

  /** The officer has not said which desk (or the name is too long). */
  record DeskMissing() implements CallOutcome {
    @Override
    public Message message() {
      return Message.of("queue.board.deskMissing");
    }
  }
}
