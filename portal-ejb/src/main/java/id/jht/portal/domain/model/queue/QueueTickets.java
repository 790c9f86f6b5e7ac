package id.jht.portal.domain.model.queue;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Repository of the queue tickets ({@code queue_ticket}) and their calls ({@code queue_call}), in
 * the caller's transaction. What must hold under concurrency is decided by the database: one active
 * ticket per person and one holder per booking code by unique keys ({@link #insert} reports which
 * one refused), one officer per call by a guarded update ({@link #markCalled}).
 */
public interface QueueTickets {

  /** The number of the person's active (waiting or called) ticket, read without a lock. */
  Optional<String> activeTicketNumber(long participantId);

  /** Locks the person's active ticket, if any, for the rest of the transaction. */
  Optional<HeldTicket> lockActive(long participantId);

  /** Locks one ticket of the claim and returns its stored booking code. */
  Optional<String> lockBookingCode(long ticketId, long claimId);

  void setBookingCode(long ticketId, String code);

  /**
   * Sets the ticket's status and its holder's active mark.
   *
   * @param activeParticipantId the person, while the ticket is active; {@code null} to free them
   */
  void setStatus(long ticketId, TicketStatus status, Long activeParticipantId);

  /** Stores a new WAITING ticket, unless a unique key refuses it. */
  Insertion insert(NewTicket ticket);

  /** The branch a ticket belongs to. */
  Optional<Long> branchOf(long ticketId);

  /**
   * Waiting tickets of a branch's day in queue order (session, then number), read without locks.
   *
   * @param sessionCode only this session, or {@code null} for any
   * @param after only tickets after this one in queue order, or {@code null} from the start
   */
  List<WaitingTicket> waiting(
      long branchId, LocalDate serviceDate, String sessionCode, WaitingTicket after, int limit);

  /**
   * Calls the ticket to the desk if it is still waiting: a guarded update whose row count says
   * whether this officer got it.
   */
  boolean markCalled(long ticketId, String officer, String desk, Instant at);

  /**
   * Records a call for the display.
   *
   * @return the call's id: later calls have higher ids
   */
  long recordCall(
      long ticketId, long branchId, LocalDate serviceDate, String officer, String desk, Instant at);

  /** What the no-show rule needs to know about a ticket. */
  Optional<NoShowFacts> noShowFacts(long ticketId);

  /**
   * Marks the ticket NO_SHOW and frees its holder, if it is still waiting or called.
   *
   * @return false if it was neither
   */
  boolean markNoShow(long ticketId);

  /** A person's active ticket, locked: what a reschedule moves. */
  record HeldTicket(
      long id,
      long claimId,
      TicketStatus status,
      long branchId,
      LocalDate serviceDate,
      String sessionCode,
      String bookingCode) {

    public SessionKey session() {
      return new SessionKey(branchId, serviceDate, sessionCode);
    }
  }

  /** A ticket to store, WAITING, its holder marked active. */
  record NewTicket(
      long claimId,
      long participantId,
      SessionKey session,
      int sequenceNo,
      String ticketNumber,
      String bookingCode,
      Instant createdAt) {}

  /** A ticket waiting to be called. */
  record WaitingTicket(
      long id, long claimId, String sessionCode, int sequenceNo, String ticketNumber)
      implements Serializable {}

  /**
   * @param sessionStart the session's start, local to the branch; {@code null} when unknown
   */
  record NoShowFacts(long claimId, LocalDate serviceDate, LocalTime sessionStart, ZoneId zone) {}

  /**
   * A new ticket's id, or the unique key that refused it.
   *
   * @param refusal {@code null} when the ticket was stored
   */
  record Insertion(long ticketId, Refusal refusal) {

    /** The unique key that refused a ticket. */
    public enum Refusal {
      /** {@code uq_ticket_booking}: another ticket holds the booking code. */
      BOOKING_CODE_TAKEN,
      /** {@code uq_ticket_active_participant}: the person already holds an active ticket. */
      PERSON_ALREADY_ACTIVE
    }

    public static Insertion stored(long ticketId) {
      return new Insertion(ticketId, null);
    }

    public static Insertion refused(Refusal refusal) {
      return new Insertion(0, refusal);
    }

    public boolean isStored() {
      return refusal == null;
    }
  }
}
