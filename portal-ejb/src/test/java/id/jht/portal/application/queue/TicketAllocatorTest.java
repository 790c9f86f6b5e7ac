package id.jht.portal.application.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.application.queue.AllocationOutcome.Allocated;
import id.jht.portal.application.queue.AllocationOutcome.AlreadyBooked;
import id.jht.portal.application.queue.AllocationOutcome.NotAWorkingDay;
import id.jht.portal.application.queue.AllocationOutcome.NothingToReschedule;
import id.jht.portal.application.queue.AllocationOutcome.SessionFull;
import id.jht.portal.application.queue.AllocationOutcome.SessionUnknown;
import id.jht.portal.application.queue.QueueTestData.Claimant;
import id.jht.portal.testsupport.MigratedH2;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The allocation rules on the embedded database (H2 in the portal's LEGACY mode, migrated by
 * Flyway): numbering, quota, one active booking per person, working days, reschedule. The
 * concurrency proof on MariaDB is {@code QueueAllocationConcurrencyIT}.
 */
class TicketAllocatorTest {

  /** Friday 20 November 2026, 10:00 WIB: the first bookable day is Monday 23 November. */
  private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  private Connection c;
  private long branch;
  private List<Claimant> people;

  @BeforeEach
  void database() throws SQLException {
    c = MigratedH2.openInMemory("alloc");
    branch =
        QueueTestData.insertBranch(c, "SDA", "Sidoarjo", "Jawa Timur", "Asia/Jakarta", -7.4, 112.7);
    QueueTestData.insertSession(c, branch, "A", "08:00", 3);
    QueueTestData.insertSession(c, branch, "B", "10:00", 2);
    QueueTestData.insertSession(c, branch, "C", "13:00", 40);
    people = QueueTestData.insertClaimants(c, branch, 8);
    c.setAutoCommit(false);
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  @Test
  void issuesConsecutiveReadableNumbersWithDistinctBookingCodes() throws SQLException {
    Allocated first = allocated(allocate(0, MONDAY, "A"));
    Allocated second = allocated(allocate(1, MONDAY, "A"));
    Allocated third = allocated(allocate(2, MONDAY, "A"));
    c.commit();

    assertEquals("SDA-261123-A001", first.ticket().ticketNumber());
    assertEquals("SDA-261123-A002", second.ticket().ticketNumber());
    assertEquals("SDA-261123-A003", third.ticket().ticketNumber());
    assertEquals(3, third.ticket().sequenceNo());
    assertNotEquals(first.ticket().bookingCode(), second.ticket().bookingCode());
    assertEquals("Cabang SDA", first.ticket().branch().getName());
    assertEquals("08:00", first.ticket().sessionStart().toString());
    assertEquals(3, issued(MONDAY, "A"));
    assertEquals(
        first.ticket().bookingCode().value(),
        QueueTestData.string(
            c, "SELECT booking_code FROM queue_ticket WHERE id = ?", first.ticket().ticketId()));
    assertEquals(
        "WAITING",
        QueueTestData.string(
            c, "SELECT status FROM queue_ticket WHERE id = ?", first.ticket().ticketId()));
  }

  @Test
  void aFullSessionRefusesWithoutTakingANumber() throws SQLException {
    allocated(allocate(0, MONDAY, "B"));
    allocated(allocate(1, MONDAY, "B"));

    SessionFull full = assertInstanceOf(SessionFull.class, allocate(2, MONDAY, "B"));
    c.commit();

    assertEquals(2, full.quota());
    assertEquals("queue.outcome.sessionFull", full.message().key());
    assertEquals(2, issued(MONDAY, "B"));
    assertEquals(2, tickets(MONDAY, "B"));
  }

  @Test
  void aQuotaOverrideForTheDateReplacesTheDefault() throws SQLException {
    QueueTestData.insertQuotaOverride(c, branch, MONDAY, "C", 1);
    allocated(allocate(0, MONDAY, "C"));
    assertInstanceOf(SessionFull.class, allocate(1, MONDAY, "C"));
    allocated(allocate(1, MONDAY.plusDays(1), "C"));
  }

  @Test
  void aPersonWithAnActiveTicketIsAlreadyBookedAndNoNumberIsUsed() throws SQLException {
    Allocated first = allocated(allocate(0, MONDAY, "A"));

    AlreadyBooked again = assertInstanceOf(AlreadyBooked.class, allocate(0, MONDAY, "C"));

    assertEquals(first.ticket().ticketNumber(), again.existingTicketNumber());
    assertEquals(0, issued(MONDAY, "C"));
    assertEquals("queue.outcome.alreadyBookedNumber", again.message().key());
  }

  @Test
  void weekendsHolidaysAndTodayCannotBeBooked() throws SQLException {
    LocalDate saturday = LocalDate.of(2026, 11, 21);
    LocalDate christmas = LocalDate.of(2026, 12, 25);
    LocalDate today = LocalDate.of(2026, 11, 20);

    assertInstanceOf(NotAWorkingDay.class, allocate(0, saturday, "A"));
    assertInstanceOf(NotAWorkingDay.class, allocate(0, christmas, "A"));
    assertInstanceOf(NotAWorkingDay.class, allocate(0, today, "A"));
    assertFalse(QueueTestData.allocator(c).ensureCounter(branch, saturday, "A"));
    assertEquals(0, QueueTestData.intValue(c, "SELECT COUNT(*) FROM queue_counter"));
  }

  @Test
  void anUnknownSessionOrBranchIsRefused() throws SQLException {
    assertInstanceOf(SessionUnknown.class, allocate(0, MONDAY, "D"));
    Claimant p = people.get(0);
    assertInstanceOf(
        SessionUnknown.class,
        QueueTestData.allocator(c)
            .allocate(
                new AllocationRequest(p.claimId(), p.participantId(), 9999, MONDAY, "A", NOW)));
    assertFalse(QueueTestData.allocator(c).ensureCounter(branch, MONDAY, "D"));
  }

  @Test
  void aCancelledTicketKeepsItsNumberAndNumberingGoesOn() throws SQLException {
    Allocated cancelled = allocated(allocate(0, MONDAY, "C"));
    try (var ps =
        c.prepareStatement(
            "UPDATE queue_ticket SET status = 'CANCELLED', active_participant_id = NULL"
                + " WHERE id = ?")) {
      ps.setLong(1, cancelled.ticket().ticketId());
      ps.executeUpdate();
    }

    assertEquals(2, allocated(allocate(1, MONDAY, "C")).ticket().sequenceNo());
    assertEquals(3, allocated(allocate(0, MONDAY, "C")).ticket().sequenceNo());
    assertEquals(
        List.of(1, 2, 3),
        QueueTestData.ints(
            c,
            "SELECT sequence_no FROM queue_ticket WHERE session_code = 'C' ORDER BY sequence_no"));
  }

  @Test
  void rescheduleTakesTheNewNumberAndReleasesTheOldTicketWhichKeepsItsNumber() throws SQLException {
    Allocated old = allocated(allocate(0, MONDAY, "A"));
    Claimant p = people.get(0);

    Allocated moved =
        allocated(
            QueueTestData.allocator(c)
                .reschedule(
                    new RescheduleRequest(
                        p.participantId(), branch, MONDAY.plusDays(1), "C", NOW)));
    c.commit();

    assertEquals("SDA-261124-C001", moved.ticket().ticketNumber());
    assertEquals(p.claimId(), moved.ticket().claimId());
    assertEquals(
        "RESCHEDULED",
        QueueTestData.string(
            c, "SELECT status FROM queue_ticket WHERE id = ?", old.ticket().ticketId()));
    assertNull(
        QueueTestData.string(
            c,
            "SELECT active_participant_id FROM queue_ticket WHERE id = ?",
            old.ticket().ticketId()));
    assertEquals(
        "SDA-261124-C001",
        QueueTestData.string(
            c,
            "SELECT ticket_number FROM queue_ticket WHERE active_participant_id = ?",
            p.participantId()));
    assertEquals(1, issued(MONDAY, "A"), "the old number stays issued: numbers never gap");
    assertEquals(old.ticket().bookingCode(), moved.ticket().bookingCode(), "the code is kept");
    assertEquals(
        "~" + old.ticket().ticketId(),
        QueueTestData.string(
            c, "SELECT booking_code FROM queue_ticket WHERE id = ?", old.ticket().ticketId()));
    assertEquals(
        1, released(MONDAY, "A"), "the old place is free again, for the same session's quota");
  }

  @Test
  void aPlaceFreedByARescheduleCanBeTakenByAnotherPerson() throws SQLException {
    allocated(allocate(0, MONDAY, "B"));
    allocated(allocate(1, MONDAY, "B"));
    assertInstanceOf(SessionFull.class, allocate(2, MONDAY, "B"));
    allocated(
        QueueTestData.allocator(c)
            .reschedule(
                new RescheduleRequest(people.get(0).participantId(), branch, MONDAY, "C", NOW)));
    Allocated third = allocated(allocate(2, MONDAY, "B"));
    c.commit();
    assertEquals("SDA-261123-B003", third.ticket().ticketNumber(), "numbers still never repeat");
  }

  @Test
  void aCancelledPlaceIsGivenBackAndANewNumberAfterAMissedCallKeepsTheCode() throws SQLException {
    Allocated first = allocated(allocate(0, MONDAY, "B"));
    allocated(allocate(1, MONDAY, "B"));
    QueueTestData.allocator(c).release(branch, MONDAY, "B");
    assertEquals(1, released(MONDAY, "B"));
    try (var ps =
        c.prepareStatement(
            "UPDATE queue_ticket SET status = 'NO_SHOW', active_participant_id = NULL"
                + " WHERE id = ?")) {
      ps.setLong(1, first.ticket().ticketId());
      ps.executeUpdate();
    }
    Claimant p = people.get(0);
    Allocated again =
        allocated(
            QueueTestData.allocator(c)
                .allocateAgain(
                    new AllocationRequest(p.claimId(), p.participantId(), branch, MONDAY, "C", NOW),
                    first.ticket().ticketId()));
    c.commit();
    assertEquals(first.ticket().bookingCode(), again.ticket().bookingCode());
  }

  @Test
  void aRescheduleIntoAFullSessionLeavesTheOldTicketAsItWas() throws SQLException {
    Allocated old = allocated(allocate(0, MONDAY, "A"));
    allocated(allocate(1, MONDAY, "B"));
    allocated(allocate(2, MONDAY, "B"));
    Claimant p = people.get(0);

    AllocationOutcome outcome =
        QueueTestData.allocator(c)
            .reschedule(new RescheduleRequest(p.participantId(), branch, MONDAY, "B", NOW));
    c.commit();

    assertInstanceOf(SessionFull.class, outcome);
    assertEquals(
        "WAITING",
        QueueTestData.string(
            c, "SELECT status FROM queue_ticket WHERE id = ?", old.ticket().ticketId()));
    assertEquals(
        old.ticket().ticketNumber(),
        QueueTestData.string(
            c,
            "SELECT ticket_number FROM queue_ticket WHERE active_participant_id = ?",
            p.participantId()));
    assertEquals(2, issued(MONDAY, "B"));
  }

  @Test
  void thereIsNothingToRescheduleWithoutAWaitingTicket() throws SQLException {
    Claimant p = people.get(3);
    assertInstanceOf(
        NothingToReschedule.class,
        QueueTestData.allocator(c)
            .reschedule(new RescheduleRequest(p.participantId(), branch, MONDAY, "A", NOW)));
  }

  @Test
  void ensuringTheCounterTwiceCreatesOneRow() throws SQLException {
    assertTrue(QueueTestData.allocator(c).ensureCounter(branch, MONDAY, "A"));
    assertTrue(QueueTestData.allocator(c).ensureCounter(branch, MONDAY, "A"));
    assertEquals(1, QueueTestData.intValue(c, "SELECT COUNT(*) FROM queue_counter"));
    assertEquals(0, issued(MONDAY, "A"));
  }

  private AllocationOutcome allocate(int person, LocalDate date, String session)
      throws SQLException {
    Claimant p = people.get(person);
    return QueueTestData.allocator(c)
        .allocate(
            new AllocationRequest(p.claimId(), p.participantId(), branch, date, session, NOW));
  }

  private static Allocated allocated(AllocationOutcome outcome) {
    return assertInstanceOf(Allocated.class, outcome, () -> "got " + outcome);
  }

  private int issued(LocalDate date, String session) throws SQLException {
    List<Integer> rows =
        QueueTestData.ints(
            c, perSession("SELECT issued FROM queue_counter"), branch, date, session);
    return rows.isEmpty() ? 0 : rows.get(0);
  }

  private int released(LocalDate date, String session) throws SQLException {
    return QueueTestData.intValue(
        c, perSession("SELECT released FROM queue_counter"), branch, date, session);
  }

  private int tickets(LocalDate date, String session) throws SQLException {
    return QueueTestData.intValue(
        c, perSession("SELECT COUNT(*) FROM queue_ticket"), branch, date, session);
  }

  /** The query narrowed to one branch's session on one day (parameters: branch, date, session). */
  private static String perSession(String select) {
    return select + " WHERE branch_id = ? AND service_date = ? AND session_code = ?";
  }
}
