package id.jht.portal.application.queue;

import id.jht.portal.domain.model.claim.ClaimTimeline;
import id.jht.portal.domain.model.queue.NoShowRule;
import id.jht.portal.domain.model.queue.QueueTickets;
import id.jht.portal.domain.model.queue.QueueTickets.NoShowFacts;
import id.jht.portal.domain.model.queue.QueueTickets.WaitingTicket;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Officers' queue actions, in the caller's transaction: call the next waiting ticket to a desk,
 * mark a ticket as no-show.
 *
 * <p>Two officers never get the same ticket, on MySQL 8, MariaDB and H2 alike: candidates are read
 * in queue order without locks, and each is claimed with a guarded {@code UPDATE ... WHERE id = ?
 * AND status = 'WAITING'} ({@link QueueTickets#markCalled}) whose row count says whether this
 * officer got it. The update locks only that row (by primary key); an officer who meets a ticket
 * another is taking waits for that commit, finds it no longer waiting and goes on to the next
 * candidate. Candidates may be stale (InnoDB's repeatable-read snapshot can predate other officers'
 * calls); the guard makes that harmless and the scan moves on batch by batch, so it always ends.
 *
 * <p>Not {@code SELECT ... FOR UPDATE SKIP LOCKED}: under repeatable read InnoDB locks every row a
 * locking read scans (all of a small table), so the other officers skip them all and see an empty
 * queue; H2 applies {@code LIMIT} before skipping locked rows, with the same result.
 */
public final class TicketCaller {

  /** Candidates read at a time; more than the officers of a branch calling at once. */
  private static final int BATCH = 10;

  private final QueueTickets tickets;
  private final ClaimTimeline claims;

  public TicketCaller(QueueTickets tickets, ClaimTimeline claims) {
    this.tickets = tickets;
    this.claims = claims;
  }

  /**
   * Calls the oldest waiting ticket (lowest sequence number; with no session given, the earliest
   * session first) of a branch's day to the officer's desk, and records the call. The claim moves
   * from QUEUED to CALLED, with a CALLED event on its timeline.
   *
   * @param sessionCode the session to call from, or {@code null} for any
   * @return the called ticket, or empty when nobody is waiting
   */
  public Optional<CalledTicket> callNext(
      long branchId,
      LocalDate serviceDate,
      String sessionCode,
      String officer,
      String desk,
      Instant now) {
    WaitingTicket after = null;
    while (true) {
      List<WaitingTicket> batch = tickets.waiting(branchId, serviceDate, sessionCode, after, BATCH);
      if (batch.isEmpty()) {
        return Optional.empty();
      }
      for (WaitingTicket ticket : batch) {
        if (tickets.markCalled(ticket.id(), officer, desk, now)) {
          long callId = tickets.recordCall(ticket.id(), branchId, serviceDate, officer, desk, now);
          claims.markCalled(ticket.claimId(), now);
          claims.record(ticket.claimId(), "CALLED", officer, desk, now);
          return Optional.of(
              new CalledTicket(
                  ticket.id(),
                  ticket.claimId(),
                  ticket.sessionCode(),
                  ticket.sequenceNo(),
                  ticket.ticketNumber(),
                  desk,
                  callId));
        }
      }
      after = batch.get(batch.size() - 1);
    }
  }

  /**
   * Marks a waiting or called ticket as no-show: it keeps its number and frees the person for a new
   * booking. A NO_SHOW event goes on the claim's timeline. Only on the service day once the session
   * has begun ({@link NoShowRule}).
   *
   * @return false if the ticket was no longer waiting or called
   * @throws InvalidValueException field {@code ticket}: the rule's refusal
   */
  public boolean markNoShow(long ticketId, String officer, Instant now) {
    Optional<NoShowFacts> facts = tickets.noShowFacts(ticketId);
    if (facts.isEmpty()) {
      return false;
    }
    Optional<Message> refusal =
        NoShowRule.refusal(
            facts.get().serviceDate(), facts.get().sessionStart(), facts.get().zone(), now);
    if (refusal.isPresent()) {
      throw new InvalidValueException("ticket", refusal.get());
    }
    if (!tickets.markNoShow(ticketId)) {
      return false;
    }
    claims.record(facts.get().claimId(), "NO_SHOW", officer, null, now);
    return true;
  }

  /** The branch a ticket belongs to, for authorisation before acting on it. */
  public Optional<Long> branchOf(long ticketId) {
    return tickets.branchOf(ticketId);
  }
}
