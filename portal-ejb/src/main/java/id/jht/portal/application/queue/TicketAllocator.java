package id.jht.portal.application.queue;

import id.jht.portal.application.queue.AllocationOutcome.Allocated;
import id.jht.portal.application.queue.AllocationOutcome.AlreadyBooked;
import id.jht.portal.application.queue.AllocationOutcome.NotAWorkingDay;
import id.jht.portal.application.queue.AllocationOutcome.NothingToReschedule;
import id.jht.portal.application.queue.AllocationOutcome.SessionFull;
import id.jht.portal.application.queue.AllocationOutcome.SessionUnknown;
import id.jht.portal.application.schedule.ServiceCalendar;
import id.jht.portal.application.schedule.SessionAvailability;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.queue.QueueTickets;
import id.jht.portal.domain.model.queue.QueueTickets.HeldTicket;
import id.jht.portal.domain.model.queue.QueueTickets.Insertion;
import id.jht.portal.domain.model.queue.QueueTickets.NewTicket;
import id.jht.portal.domain.model.queue.SessionCounter;
import id.jht.portal.domain.model.queue.SessionCounters;
import id.jht.portal.domain.model.queue.SessionKey;
import id.jht.portal.domain.model.queue.TicketStatus;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Issues queue numbers in the caller's transaction: the container's JTA transaction, or a plain
 * JDBC transaction on the connection the repositories were built on (tests, the bench). It never
 * commits or rolls back itself; the caller commits on {@link Allocated} and may do either on the
 * other outcomes, which change nothing.
 *
 * <p>The invariants hold across any number of portal nodes because the database decides them:
 *
 * <ul>
 *   <li>never more numbers than the quota, never two with one number: the session's {@code
 *       queue_counter} row is locked ({@code SELECT ... FOR UPDATE}, {@link SessionCounters#lock})
 *       before it is compared with the quota and incremented, so one transaction at a time decides
 *       on a session, and {@code uq_ticket_number} backs it up;
 *   <li>numbers without gaps: the number is the counter plus one, taken under the lock; a refused
 *       insert gives it back before the lock is released; a cancelled ticket keeps its number;
 *   <li>one active booking per person: {@code uq_ticket_active_participant} on {@code
 *       active_participant_id};
 *   <li>a freed place is free again: a reschedule or cancellation counts the old ticket in its
 *       session's {@code released}, under that counter's lock; the room is the quota minus {@code
 *       issued - released}, while numbers still follow {@code issued};
 *   <li>one booking code for the booking's life: a reschedule (or a new number after a missed call)
 *       moves the code to the new ticket; the old ticket's code is retired to {@code ~<id>}, which
 *       no typed code can match, so {@code uq_ticket_booking} still holds.
 * </ul>
 *
 * <p>Call {@link #ensureCounter} first, in its own short transaction: on InnoDB, creating the
 * counter row inside the allocating transaction while others do the same ends in deadlocks (their
 * gap and duplicate-key locks block one another's upgrade to the row lock).
 */
public final class TicketAllocator {

  /** A booking code collides once in 2^49: a few fresh draws always suffice. */
  private static final int BOOKING_CODE_ATTEMPTS = 5;

  /** Marks a code that moved to a later ticket of the same booking; not in the code alphabet. */
  static final String RETIRED_CODE_PREFIX = "~";

  private final BookingCodeGenerator bookingCodes;
  private final ServiceCalendar calendar;
  private final SessionCounters counters;
  private final QueueTickets tickets;

  public TicketAllocator(
      BookingCodeGenerator bookingCodes,
      ServiceCalendar calendar,
      SessionCounters counters,
      QueueTickets tickets) {
    this.bookingCodes = bookingCodes;
    this.calendar = calendar;
    this.counters = counters;
    this.tickets = tickets;
  }

  /**
   * Creates the session's counter row for the date unless it exists; a concurrent creation counts
   * as success. Run it in its own transaction, before the allocating one. Nothing is created for an
   * unknown session or a day that is not a working day.
   *
   * @return whether the row exists now
   */
  public boolean ensureCounter(long branchId, LocalDate serviceDate, String sessionCode) {
    SessionKey key = new SessionKey(branchId, serviceDate, sessionCode);
    if (counters.exists(key)) {
      return true;
    }
    if (!calendar.isWorkingDay(serviceDate)) {
      return false;
    }
    return counters.createForSession(key);
  }

  /** Issues the next number of the requested session to the claim, if the rules allow. */
  public AllocationOutcome allocate(AllocationRequest request) {
    return allocate(request, null);
  }

  /**
   * A new number for a claim whose last ticket is closed (the participant missed the call), under
   * that ticket's booking code: the participant keeps the one code they were given.
   */
  public AllocationOutcome allocateAgain(AllocationRequest request, long previousTicketId) {
    Optional<String> code =
        tickets
            .lockBookingCode(previousTicketId, request.claimId())
            .flatMap(BookingCode::parse)
            .map(BookingCode::value);
    if (code.isEmpty()) {
      return allocate(request, null);
    }
    retireCode(previousTicketId);
    AllocationOutcome outcome = allocate(request, new BookingCode(code.get()));
    if (!(outcome instanceof Allocated)) {
      tickets.setBookingCode(previousTicketId, code.get());
    }
    return outcome;
  }

  /**
   * Gives a cancelled ticket's place back to its session, under the session counter's lock (the
   * caller holds the claim's lock, and no caller takes two counters in another order).
   */
  public void release(long branchId, LocalDate serviceDate, String sessionCode) {
    counters.release(new SessionKey(branchId, serviceDate, sessionCode));
  }

  private AllocationOutcome allocate(AllocationRequest request, BookingCode kept) {
    Optional<BranchOffice> branch = calendar.branch(request.branchId());
    if (branch.isEmpty() || !branch.get().isActive()) {
      return new SessionUnknown(request.branchId(), request.sessionCode());
    }
    Optional<SessionAvailability> session =
        calendar.session(branch.get(), request.serviceDate(), request.sessionCode());
    if (session.isEmpty()) {
      return new SessionUnknown(request.branchId(), request.sessionCode());
    }
    if (!calendar.isBookable(branch.get(), request.serviceDate(), request.now())) {
      return new NotAWorkingDay(request.serviceDate());
    }
    // Early, lock-free answer for the common case; the unique constraint decides the races.
    Optional<String> held = tickets.activeTicketNumber(request.participantId());
    if (held.isPresent()) {
      return new AlreadyBooked(held.get());
    }
    return issue(request, branch.get(), session.get(), kept);
  }

  /**
   * Moves the person's waiting ticket: releases it (status RESCHEDULED, keeping its number, its
   * place given back to its session) and takes the new one under the same booking code in the same
   * transaction, so the person is never without a ticket and never holds two. If the new ticket
   * cannot be had, the old one is put back as it was before this returns: the outcome changes
   * nothing, whether the caller commits or rolls back.
   *
   * <p>Both sessions' counters are locked first, in one order for everyone (date, then session), so
   * two people moving between the same two sessions in opposite directions wait for each other
   * instead of deadlocking.
   */
  public AllocationOutcome reschedule(RescheduleRequest request) {
    Optional<HeldTicket> held = tickets.lockActive(request.participantId());
    if (held.isEmpty() || held.get().status() != TicketStatus.WAITING) {
      return new NothingToReschedule();
    }
    HeldTicket old = held.get();
    AllocationRequest next =
        new AllocationRequest(
            old.claimId(),
            request.participantId(),
            request.branchId(),
            request.serviceDate(),
            request.sessionCode(),
            request.now());
    SessionKey previous = old.session();
    SessionKey wanted = next.session();
    boolean previousFirst = previous.locksBefore(wanted);
    counters.lock(previousFirst ? previous : wanted);
    counters.lock(previousFirst ? wanted : previous);
    tickets.setStatus(old.id(), TicketStatus.RESCHEDULED, null);
    retireCode(old.id());
    AllocationOutcome outcome = allocate(next, new BookingCode(old.bookingCode()));
    if (outcome instanceof Allocated) {
      counters.release(previous);
    } else {
      tickets.setBookingCode(old.id(), old.bookingCode());
      tickets.setStatus(old.id(), TicketStatus.WAITING, request.participantId());
    }
    return outcome;
  }

  private AllocationOutcome issue(
      AllocationRequest request,
      BranchOffice branch,
      SessionAvailability session,
      BookingCode kept) {
    SessionKey key = request.session();
    SessionCounter counter = lockCounter(key);
    // The quota is read again under the counter's lock: an administrator lowering it takes the same
    // lock, so a change made while this allocation waited is never missed.
    int quota =
        calendar.sessions(branch, request.serviceDate()).stream()
            .filter(s -> s.code().equals(request.sessionCode()))
            .mapToInt(SessionAvailability::quota)
            .findFirst()
            .orElse(session.quota());
    if (counter.taken() >= quota) {
      return new SessionFull(branch.getCode(), request.serviceDate(), request.sessionCode(), quota);
    }
    counters.changeIssued(key, +1);
    int sequenceNo = counter.issued() + 1;
    String number =
        TicketNumber.format(
            branch.getCode(), request.serviceDate(), request.sessionCode(), sequenceNo);
    for (int attempt = 1; attempt <= BOOKING_CODE_ATTEMPTS; attempt++) {
      BookingCode code = kept != null ? kept : new BookingCode(bookingCodes.next());
      Insertion insertion =
          tickets.insert(
              new NewTicket(
                  request.claimId(),
                  request.participantId(),
                  key,
                  sequenceNo,
                  number,
                  code.value(),
                  request.now()));
      if (insertion.isStored()) {
        return new Allocated(
            new AllocatedTicket(
                insertion.ticketId(),
                request.claimId(),
                request.participantId(),
                branch,
                request.serviceDate(),
                request.sessionCode(),
                session.start(),
                session.end(),
                sequenceNo,
                number,
                code));
      }
      if (insertion.refusal() == Insertion.Refusal.PERSON_ALREADY_ACTIVE) {
        // A concurrent booking of the same person won. The number goes back: this transaction
        // still holds the counter's lock, so nobody has taken a later one.
        counters.changeIssued(key, -1);
        return new AlreadyBooked(null);
      }
      if (kept != null) {
        throw new IllegalStateException("the kept booking code is held by another ticket");
      }
    }
    throw new IllegalStateException(
        "No unused booking code after " + BOOKING_CODE_ATTEMPTS + " draws");
  }

  /** Locks the counter row and returns the numbers issued and released so far. */
  private SessionCounter lockCounter(SessionKey key) {
    Optional<SessionCounter> counter = counters.lock(key);
    if (counter.isPresent()) {
      return counter.get();
    }
    // The caller did not ensure the row: create it here. Correct, but concurrent first requests
    // may then meet an InnoDB deadlock, which the caller sees as a database failure.
    counters.createIfAbsent(key);
    return counters
        .lock(key)
        .orElseThrow(() -> new IllegalStateException("queue_counter row missing after insert"));
  }

  /** Frees the ticket's code for its successor: {@code ~<id>} is unique and never typed. */
  private void retireCode(long ticketId) {
    tickets.setBookingCode(ticketId, RETIRED_CODE_PREFIX + ticketId);
  }
}
