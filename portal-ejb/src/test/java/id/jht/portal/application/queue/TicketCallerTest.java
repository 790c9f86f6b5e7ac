package id.jht.portal.application.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.application.queue.AllocationOutcome.Allocated;
import id.jht.portal.application.queue.QueueTestData.Claimant;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.infrastructure.persistence.queue.JdbcQueueBoardQueries;
import id.jht.portal.testsupport.MigratedH2;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calling tickets and reading the board on H2; the race between officers is also in the IT. */
class TicketCallerTest {

  private static final Instant FRIDAY = Instant.parse("2026-11-20T03:00:00Z");
  private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T01:30:00Z");
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  private String url;
  private Connection c;
  private long branch;
  private List<Claimant> people;
  private final List<Allocated> tickets = new ArrayList<>();

  @BeforeEach
  void queue() throws SQLException {
    url = MigratedH2.inMemory("caller");
    c = MigratedH2.connect(url);
    branch =
        QueueTestData.insertBranch(c, "SDA", "Sidoarjo", "Jawa Timur", "Asia/Jakarta", -7.4, 112.7);
    QueueTestData.insertSession(c, branch, "A", "08:00", 10);
    QueueTestData.insertSession(c, branch, "B", "10:00", 10);
    people = QueueTestData.insertClaimants(c, branch, 5);
    try (Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE claim SET status = 'QUEUED'");
    }
    String[] sessions = {"B", "A", "A", "A", "B"};
    for (int i = 0; i < sessions.length; i++) {
      Claimant p = people.get(i);
      tickets.add(
          assertInstanceOf(
              Allocated.class,
              QueueTestData.allocator(c)
                  .allocate(
                      new AllocationRequest(
                          p.claimId(), p.participantId(), branch, MONDAY, sessions[i], FRIDAY))));
    }
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  @Test
  void callsTheLowestNumberFirstAndRecordsTheCallOnTicketClaimAndLog() throws SQLException {
    CalledTicket first = call(c, "A", "Loket 1");
    CalledTicket second = call(c, null, "Loket 2");
    CalledTicket third = call(c, "B", "Loket 1");

    assertEquals("SDA-261123-A001", first.ticketNumber());
    assertEquals("SDA-261123-A002", second.ticketNumber(), "any session: earliest session first");
    assertEquals("SDA-261123-B001", third.ticketNumber());
    assertTrue(first.callId() < second.callId() && second.callId() < third.callId());
    assertEquals(
        "CALLED",
        QueueTestData.string(c, "SELECT status FROM queue_ticket WHERE id = ?", first.ticketId()));
    assertEquals(
        "Loket 1",
        QueueTestData.string(c, "SELECT desk FROM queue_ticket WHERE id = ?", first.ticketId()));
    assertEquals(
        "CALLED",
        QueueTestData.string(c, "SELECT status FROM claim WHERE id = ?", first.claimId()));
    assertEquals(
        "CALLED",
        QueueTestData.string(
            c, "SELECT event_type FROM claim_event WHERE claim_id = ?", first.claimId()));
    assertEquals(3, QueueTestData.intValue(c, "SELECT COUNT(*) FROM queue_call"));
  }

  @Test
  void whenNobodyWaitsThereIsNothingToCall() throws SQLException {
    call(c, "B", "Loket 1");
    call(c, "B", "Loket 1");
    assertTrue(
        QueueTestData.caller(c)
            .callNext(branch, MONDAY, "B", "petugas", "Loket 1", MONDAY_MORNING)
            .isEmpty());
    assertTrue(
        QueueTestData.caller(c)
            .callNext(branch, MONDAY.plusDays(1), null, "petugas", "Loket 1", MONDAY_MORNING)
            .isEmpty());
  }

  /**
   * The second officer asks while the first officer's call is not yet committed. Whenever the
   * second call runs relative to the commit, it must get the next ticket, never the same one and
   * never "nobody waiting".
   */
  @Test
  void twoOfficersAtOnceNeverGetTheSameTicket() throws Exception {
    try (Connection one = MigratedH2.connect(url);
        Connection two = MigratedH2.connect(url)) {
      one.setAutoCommit(false);
      two.setAutoCommit(false);
      CalledTicket first = call(one, "A", "Loket 1");
      CompletableFuture<CalledTicket> second =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  CalledTicket t = call(two, "A", "Loket 2");
                  two.commit();
                  return t;
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      one.commit();
      assertEquals("SDA-261123-A001", first.ticketNumber());
      assertEquals("SDA-261123-A002", second.get(20, TimeUnit.SECONDS).ticketNumber());
    }
  }

  @Test
  void aNoShowKeepsItsNumberAndFreesThePerson() throws SQLException {
    CalledTicket called = call(c, "A", "Loket 1");

    assertTrue(QueueTestData.caller(c).markNoShow(called.ticketId(), "petugas", MONDAY_MORNING));
    assertFalse(
        QueueTestData.caller(c).markNoShow(called.ticketId(), "petugas", MONDAY_MORNING),
        "only once");
    assertFalse(
        QueueTestData.caller(c).markNoShow(987_654, "petugas", MONDAY_MORNING), "unknown ticket");

    assertEquals(
        "NO_SHOW",
        QueueTestData.string(c, "SELECT status FROM queue_ticket WHERE id = ?", called.ticketId()));
    assertNull(
        QueueTestData.string(
            c, "SELECT active_participant_id FROM queue_ticket WHERE id = ?", called.ticketId()));
    assertEquals(
        List.of(1, 2, 3),
        QueueTestData.ints(
            c, "SELECT sequence_no FROM queue_ticket WHERE session_code = 'A' ORDER BY 1"));
  }

  @Test
  void theBoardCountsPerStatusAndPagesAndFiltersTickets() throws SQLException {
    call(c, "A", "Loket 1");
    QueueBoardQueries board = new JdbcQueueBoardQueries(c);
    BranchOffice sda = QueueTestData.calendar(c).branch(branch).orElseThrow();

    List<SessionCounts> sessions = board.sessions(QueueTestData.calendar(c), sda, MONDAY);
    assertEquals(List.of("A", "B"), sessions.stream().map(s -> s.session().code()).toList());
    assertEquals(1, sessions.get(0).count("CALLED"));
    assertEquals(2, sessions.get(0).count("WAITING"));
    assertEquals(0, sessions.get(0).count("NO_SHOW"));
    assertEquals(3, sessions.get(0).session().issued());
    assertEquals(Map.of("WAITING", 2), sessions.get(1).byStatus());

    assertEquals(5, board.countTickets(branch, MONDAY, TicketFilter.NONE));
    assertEquals(
        List.of("SDA-261123-A003", "SDA-261123-B001"),
        board.tickets(branch, MONDAY, TicketFilter.NONE, 2, 2).stream()
            .map(TicketRow::getTicketNumber)
            .toList());
    TicketFilter waitingInA = new TicketFilter("A", "WAITING", null);
    assertEquals(2, board.countTickets(branch, MONDAY, waitingInA));
    TicketFilter byNumber = new TicketFilter(null, null, " b002%");
    assertEquals(
        List.of("SDA-261123-B002"),
        board.tickets(branch, MONDAY, byNumber, 0, 10).stream()
            .map(TicketRow::getTicketNumber)
            .toList());
    assertEquals(
        "Peserta Uji",
        board
            .tickets(branch, MONDAY, byNumber, 0, 10)
            .get(0)
            .getParticipantName()
            .substring(0, 11));
  }

  @Test
  void theDisplayShowsTheLatestCallOfEachDeskWhileItIsStillCalled() throws SQLException {
    CalledTicket a1 = call(c, "A", "Loket 1");
    CalledTicket a2 = call(c, "A", "Loket 2");
    CalledTicket a3 = call(c, "A", "Loket 1");
    CalledTicket b1 = call(c, "B", "Loket 3");
    QueueTestData.caller(c)
        .markNoShow(b1.ticketId(), "petugas", MONDAY_MORNING.plusSeconds(3 * 3600));

    List<DisplayedCall> shown = new JdbcQueueBoardQueries(c).currentCalls(branch, MONDAY, 8);

    assertEquals(
        List.of("SDA-261123-A003 Loket 1", "SDA-261123-A002 Loket 2"),
        shown.stream().map(d -> d.ticketNumber() + " " + d.desk()).toList());
    assertEquals(a3.callId(), shown.get(0).callId());
    assertTrue(a1.callId() < a2.callId());
    assertEquals(1, new JdbcQueueBoardQueries(c).currentCalls(branch, MONDAY, 1).size());
  }

  private CalledTicket call(Connection on, String session, String desk) throws SQLException {
    return QueueTestData.caller(on)
        .callNext(branch, MONDAY, session, "petugas.sda", desk, MONDAY_MORNING)
        .orElseThrow();
  }
}
