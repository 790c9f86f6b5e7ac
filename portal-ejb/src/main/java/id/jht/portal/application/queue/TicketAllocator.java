package id.jht.portal.application.queue;

import id.jht.portal.application.queue.AllocationOutcome.Allocated;
import id.jht.portal.application.queue.AllocationOutcome.AlreadyBooked;
import id.jht.portal.application.queue.AllocationOutcome.NotAWorkingDay;
import id.jht.portal.application.queue.AllocationOutcome.NothingToReschedule;
import id.jht.portal.application.queue.AllocationOutcome.SessionFull;
import id.jht.portal.application.queue.AllocationOutcome.SessionUnknown;
import id.jht.portal.application.schedule.Branch;
import id.jht.portal.application.schedule.ServiceCalendar;
import id.jht.portal.application.schedule.SessionAvailability;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Issues queue numbers on a connection the caller gives, inside the caller's transaction: the
 * container's JTA transaction (connections of the JTA data source are enlisted in it) or a plain
 * JDBC transaction (auto-commit off). It never commits or rolls back itself; the caller commits on
 * {@link Allocated} and may do either on the other outcomes, which change nothing.
 *
 * <p>The invariants hold across any number of portal nodes because the database decides them:
 *
 * <ul>
 *   <li>never more numbers than the quota, never two with one number: the session's {@code
 *       queue_counter} row is locked ({@code SELECT ... FOR UPDATE}) before it is compared with the
 *       quota and incremented, so one transaction at a time decides on a session, and {@code
 *       uq_ticket_number} backs it up;
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

  private static final String COUNTER_KEY =
      " WHERE branch_id = ? AND service_date = ? AND session_code = ?";

  private final BookingCodeGenerator bookingCodes;

  public TicketAllocator(BookingCodeGenerator bookingCodes) {
    this.bookingCodes = bookingCodes;
  }

  /**
   * Creates the session's counter row for the date unless it exists; a duplicate key from a
   * concurrent creation counts as success. Portable: a plain INSERT, no vendor upsert. Run it in
   * auto-commit mode or its own transaction, before the allocating one. Nothing is created for an
   * unknown session or a day that is not a working day.
   *
   * @return whether the row exists now
   */
  public static boolean ensureCounter(
      Connection c, long branchId, LocalDate serviceDate, String sessionCode) throws SQLException {
    if (counterExists(c, branchId, serviceDate, sessionCode)) {
      return true;
    }
    if (!new ServiceCalendar(c).isWorkingDay(serviceDate)) {
      return false;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO queue_counter (branch_id, service_date, session_code, issued)"
                + " SELECT branch_id, ?, session_code, 0 FROM service_session"
                + " WHERE branch_id = ? AND session_code = ?")) {
      ps.setDate(1, Date.valueOf(serviceDate));
      ps.setLong(2, branchId);
      ps.setString(3, sessionCode);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      if (SqlErrors.isDuplicateKey(e)) {
        return true;
      }
      throw e;
    }
  }

  /** Issues the next number of the requested session to the claim, if the rules allow. */
  public AllocationOutcome allocate(Connection c, AllocationRequest request) throws SQLException {
    return allocate(c, request, null);
  }

  /**
   * A new number for a claim whose last ticket is closed (the participant missed the call), under
   * that ticket's booking code: the participant keeps the one code they were given.
   */
  public AllocationOutcome allocateAgain(
      Connection c, AllocationRequest request, long previousTicketId) throws SQLException {
    Optional<String> code = TicketRows.bookingCodeOf(c, previousTicketId, request.claimId());
    if (code.isEmpty()) {
      return allocate(c, request, null);
    }
    TicketRows.retireCode(c, previousTicketId);
    AllocationOutcome outcome = allocate(c, request, new BookingCode(code.get()));
    if (!(outcome instanceof Allocated)) {
      TicketRows.restoreCode(c, previousTicketId, code.get());
    }
    return outcome;
  }

  /**
   * Gives a cancelled ticket's place back to its session, under the session counter's lock (the
   * caller holds the claim's lock, and no caller takes two counters in another order).
   */
  public static void release(Connection c, long branchId, LocalDate serviceDate, String sessionCode)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE queue_counter SET released = released + 1" + COUNTER_KEY)) {
      ps.setLong(1, branchId);
      ps.setDate(2, Date.valueOf(serviceDate));
      ps.setString(3, sessionCode);
      ps.executeUpdate();
    }
  }

  private AllocationOutcome allocate(Connection c, AllocationRequest request, BookingCode kept)
      throws SQLException {
    ServiceCalendar calendar = new ServiceCalendar(c);
    Optional<Branch> branch = calendar.branch(request.branchId());
    if (branch.isEmpty() || !branch.get().active()) {
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
    Optional<String> held = TicketRows.activeTicketNumber(c, request.participantId());
    if (held.isPresent()) {
      return new AlreadyBooked(held.get());
    }
    return issue(c, request, branch.get(), session.get(), kept);
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
  public AllocationOutcome reschedule(Connection c, RescheduleRequest request) throws SQLException {
    Optional<TicketRows.HeldTicket> held = TicketRows.lockActiveTicket(c, request.participantId());
    if (held.isEmpty() || !"WAITING".equals(held.get().status())) {
      return new NothingToReschedule();
    }
    TicketRows.HeldTicket old = held.get();
    AllocationRequest next =
        new AllocationRequest(
            old.claimId(),
            request.participantId(),
            request.branchId(),
            request.serviceDate(),
            request.sessionCode(),
            request.now());
    AllocationRequest previous =
        new AllocationRequest(
            old.claimId(),
            request.participantId(),
            old.branchId(),
            old.serviceDate(),
            old.sessionCode(),
            request.now());
    boolean previousFirst =
        old.serviceDate().isBefore(request.serviceDate())
            || (old.serviceDate().equals(request.serviceDate())
                && old.sessionCode().compareTo(request.sessionCode()) <= 0);
    selectIssuedForUpdate(c, previousFirst ? previous : next);
    selectIssuedForUpdate(c, previousFirst ? next : previous);
    TicketRows.setStatus(c, old.id(), "RESCHEDULED", null);
    TicketRows.retireCode(c, old.id());
    AllocationOutcome outcome = allocate(c, next, new BookingCode(old.bookingCode()));
    if (outcome instanceof Allocated) {
      release(c, old.branchId(), old.serviceDate(), old.sessionCode());
    } else {
      TicketRows.restoreCode(c, old.id(), old.bookingCode());
      TicketRows.setStatus(c, old.id(), "WAITING", request.participantId());
    }
    return outcome;
  }

  private AllocationOutcome issue(
      Connection c,
      AllocationRequest request,
      Branch branch,
      SessionAvailability session,
      BookingCode kept)
      throws SQLException {
    Counter counter = lockCounter(c, request);
    int issued = counter.issued();
    // The quota is read again under the counter's lock: an administrator lowering it takes the same
    // lock, so a change made while this allocation waited is never missed.
    int quota =
        new ServiceCalendar(c)
            .sessions(branch, request.serviceDate()).stream()
                .filter(s -> s.code().equals(request.sessionCode()))
                .mapToInt(SessionAvailability::quota)
                .findFirst()
                .orElse(session.quota());
    if (counter.taken() >= quota) {
      return new SessionFull(branch.code(), request.serviceDate(), request.sessionCode(), quota);
    }
    changeIssued(c, request, +1);
    int sequenceNo = issued + 1;
    String number =
        TicketNumber.format(
            branch.code(), request.serviceDate(), request.sessionCode(), sequenceNo);
    for (int attempt = 1; attempt <= BOOKING_CODE_ATTEMPTS; attempt++) {
      BookingCode code = kept != null ? kept : new BookingCode(bookingCodes.next());
      try {
        long ticketId = TicketRows.insertTicket(c, request, sequenceNo, number, code);
        return new Allocated(
            new AllocatedTicket(
                ticketId,
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
      } catch (SQLException e) {
        if (!SqlErrors.isDuplicateKey(e)) {
          throw e;
        }
        if (SqlErrors.names(e, "uq_ticket_booking") && kept == null) {
          continue;
        }
        if (SqlErrors.names(e, "uq_ticket_active_participant")) {
          // A concurrent booking of the same person won. The number goes back: this transaction
          // still holds the counter's lock, so nobody has taken a later one.
          changeIssued(c, request, -1);
          return new AlreadyBooked(null);
        }
        throw e;
      }
    }
    throw new SQLException("No unused booking code after " + BOOKING_CODE_ATTEMPTS + " draws");
  }

  /** Locks the counter row and returns the numbers issued and released so far. */
  private static Counter lockCounter(Connection c, AllocationRequest request) throws SQLException {
    Optional<Counter> issued = selectIssuedForUpdate(c, request);
    if (issued.isPresent()) {
      return issued.get();
    }
    // The caller did not ensure the row: create it here. Correct, but concurrent first requests
    // may then meet an InnoDB deadlock, which the caller sees as an SQLException.
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO queue_counter (branch_id, service_date, session_code, issued)"
                + " VALUES (?, ?, ?, 0)")) {
      bindCounterKey(ps, 1, request);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (!SqlErrors.isDuplicateKey(e)) {
        throw e;
      }
    }
    return selectIssuedForUpdate(c, request)
        .orElseThrow(() -> new SQLException("queue_counter row missing after insert"));
  }

  private static Optional<Counter> selectIssuedForUpdate(Connection c, AllocationRequest request)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT issued, released FROM queue_counter" + COUNTER_KEY + " FOR UPDATE")) {
      bindCounterKey(ps, 1, request);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Counter(rs.getInt(1), rs.getInt(2))) : Optional.empty();
      }
    }
  }

  private static void changeIssued(Connection c, AllocationRequest request, int delta)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE queue_counter SET issued = issued + ?" + COUNTER_KEY)) {
      ps.setInt(1, delta);
      bindCounterKey(ps, 2, request);
      if (ps.executeUpdate() != 1) {
        throw new SQLException("queue_counter row vanished under its lock");
      }
    }
  }

  private static boolean counterExists(
      Connection c, long branchId, LocalDate serviceDate, String sessionCode) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM queue_counter" + COUNTER_KEY)) {
      ps.setLong(1, branchId);
      ps.setDate(2, Date.valueOf(serviceDate));
      ps.setString(3, sessionCode);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static void bindCounterKey(PreparedStatement ps, int first, AllocationRequest request)
      throws SQLException {
    ps.setLong(first, request.branchId());
    ps.setDate(first + 1, Date.valueOf(request.serviceDate()));
    ps.setString(first + 2, request.sessionCode());
  }

  /** A session's counter: numbers issued, and how many of them were given back. */
  private record Counter(int issued, int released) {
    int taken() {
      return issued - released;
    }
  }
}
