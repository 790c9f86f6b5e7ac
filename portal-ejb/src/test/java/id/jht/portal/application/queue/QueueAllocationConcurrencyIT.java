package id.jht.portal.application.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.application.queue.AllocationOutcome.Allocated;
import id.jht.portal.application.queue.AllocationOutcome.AlreadyBooked;
import id.jht.portal.application.queue.AllocationOutcome.SessionFull;
import id.jht.portal.application.queue.QueueTestData.Claimant;
import id.jht.portal.domain.model.branch.BranchOffice;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The concurrency proof on MariaDB: hundreds of submissions at once, from two separate pools of
 * connections (as two portal nodes would), at one session with quota 50. The database alone keeps
 * the invariants: exactly 50 succeed, numbered 1 to 50 without gaps or duplicates; one active
 * booking per person even when the same person submits twice at the same moment.
 *
 * <p>Every worker opens its own connection before a start gate opens, so all of them contend at
 * once; no sleeps, no timing assumptions.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class QueueAllocationConcurrencyIT {

  private static final int QUOTA = 50;
  private static final int SUBMISSIONS = 200;
  private static final int WORKERS_PER_POOL = 16;

  private static final String URL = System.getProperty("it.db.url");
  private static final String USER = System.getProperty("it.db.user");
  private static final String PASSWORD = System.getProperty("it.db.password");

  private static ExecutorService nodeOne;
  private static ExecutorService nodeTwo;
  private Instant now;
  private long branch;
  private LocalDate day;

  @BeforeAll
  static void pools() {
    nodeOne = Executors.newFixedThreadPool(WORKERS_PER_POOL);
    nodeTwo = Executors.newFixedThreadPool(WORKERS_PER_POOL);
  }

  @AfterAll
  static void stopPools() {
    nodeOne.shutdownNow();
    nodeTwo.shutdownNow();
  }

  @BeforeEach
  void freshDatabase() throws SQLException {
    String schema = URL.substring(URL.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    if (!schema.startsWith("jht_portal_it")) {
      throw new IllegalStateException("refusing to drop a database not named jht_portal_it*");
    }
    String server = URL.substring(0, URL.lastIndexOf('/') + 1);
    try (Connection c = DriverManager.getConnection(server, USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + schema);
      s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    QueueTestData.migrate(URL, USER, PASSWORD);
    now = Instant.now();
    try (Connection c = connect()) {
      branch =
          QueueTestData.insertBranch(
              c, "SDA", "Sidoarjo", "Jawa Timur", "Asia/Jakarta", -7.4478, 112.7183);
      for (String session : List.of("A", "B", "C")) {
        QueueTestData.insertSession(c, branch, session, "08:00", QUOTA);
      }
      BranchOffice sda = QueueTestData.calendar(c).branch(branch).orElseThrow();
      day = QueueTestData.calendar(c).bookableDays(sda, now, 1).get(0);
    }
  }

  @Test
  void twoHundredConcurrentSubmissionsFromTwoPoolsGetExactlyTheFiftyNumbersOfTheQuota()
      throws Exception {
    List<Claimant> people;
    try (Connection c = connect()) {
      people = QueueTestData.insertClaimants(c, branch, SUBMISSIONS);
    }
    List<Submission> submissions = new ArrayList<>();
    for (Claimant p : people) {
      submissions.add(new Submission(p, "A"));
    }

    List<AllocationOutcome> outcomes = runConcurrently(submissions);

    List<Integer> numbers =
        outcomes.stream()
            .filter(Allocated.class::isInstance)
            .map(o -> ((Allocated) o).ticket().sequenceNo())
            .sorted()
            .toList();
    assertEquals(IntStream.rangeClosed(1, QUOTA).boxed().toList(), numbers);
    assertEquals(
        SUBMISSIONS - QUOTA, outcomes.stream().filter(SessionFull.class::isInstance).count());
    assertEquals(SUBMISSIONS, outcomes.size());
    try (Connection c = connect()) {
      assertEquals(QUOTA, issued(c, "A"));
      assertEquals(
          IntStream.rangeClosed(1, QUOTA).boxed().toList(),
          QueueTestData.ints(
              c,
              "SELECT sequence_no FROM queue_ticket WHERE branch_id = ? AND service_date = ?"
                  + " AND session_code = 'A' ORDER BY sequence_no",
              branch,
              day));
      assertEquals(
          QUOTA,
          QueueTestData.intValue(c, "SELECT COUNT(DISTINCT booking_code) FROM queue_ticket"));
      assertEquals(
          QUOTA,
          QueueTestData.intValue(
              c, "SELECT COUNT(DISTINCT active_participant_id) FROM queue_ticket"));
      assertEquals(1, QueueTestData.intValue(c, "SELECT COUNT(*) FROM queue_counter"));
    }
  }

  /**
   * Each of 30 people submits twice at the same moment, once through each pool and for different
   * sessions: one submission each wins, the other is AlreadyBooked, and the losing submission's
   * number was given back, so both sessions are still numbered without gaps.
   */
  @Test
  void thePersonWhoSubmitsTwiceAtOnceGetsOneTicketAndAlreadyBooked() throws Exception {
    List<Claimant> people;
    try (Connection c = connect()) {
      people = QueueTestData.insertClaimants(c, branch, 30);
    }
    List<Submission> submissions = new ArrayList<>();
    for (Claimant p : people) {
      submissions.add(new Submission(p, "B"));
      submissions.add(new Submission(p, "C"));
    }

    List<AllocationOutcome> outcomes = runConcurrently(submissions);

    assertEquals(30, outcomes.stream().filter(Allocated.class::isInstance).count());
    assertEquals(30, outcomes.stream().filter(AlreadyBooked.class::isInstance).count());
    Map<Long, Long> ticketsPerPerson =
        outcomes.stream()
            .filter(Allocated.class::isInstance)
            .map(o -> ((Allocated) o).ticket().participantId())
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertEquals(30, ticketsPerPerson.size());
    try (Connection c = connect()) {
      int inB = issued(c, "B");
      int inC = issued(c, "C");
      assertEquals(30, inB + inC);
      for (String session : List.of("B", "C")) {
        assertEquals(
            IntStream.rangeClosed(1, issued(c, session)).boxed().toList(),
            QueueTestData.ints(
                c,
                "SELECT sequence_no FROM queue_ticket WHERE session_code = ? ORDER BY sequence_no",
                session),
            "session " + session + " numbered without gaps");
      }
    }
  }

  /**
   * Officers at two nodes press "call next" 50 times at once while 40 people wait: every waiting
   * ticket is called exactly once, and the 10 calls too many find nobody.
   */
  @Test
  void officersCallingAtOnceFromTwoPoolsNeverGetTheSameTicket() throws Exception {
    try (Connection c = connect()) {
      List<Claimant> waiting = QueueTestData.insertClaimants(c, branch, 40);
      QueueTestData.allocator(c).ensureCounter(branch, day, "A");
      for (Claimant p : waiting) {
        assertTrue(
            QueueTestData.allocator(c)
                    .allocate(
                        new AllocationRequest(
                            p.claimId(), p.participantId(), branch, day, "A", now))
                instanceof Allocated);
      }
    }
    int workers = 2 * WORKERS_PER_POOL;
    CountDownLatch ready = new CountDownLatch(workers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Long>>> futures = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      int calls = w < 50 - workers ? 2 : 1;
      String officer = "petugas" + w;
      Callable<List<Long>> officerAtDesk =
          () -> {
            List<Long> called = new ArrayList<>();
            try (Connection c = connect()) {
              c.setAutoCommit(false);
              ready.countDown();
              start.await();
              for (int i = 0; i < calls; i++) {
                QueueTestData.caller(c)
                    .callNext(branch, day, "A", officer, "Loket " + officer, now)
                    .ifPresentOrElse(t -> called.add(t.ticketId()), () -> called.add(-1L));
                c.commit();
              }
            }
            return called;
          };
      futures.add((w % 2 == 0 ? nodeOne : nodeTwo).submit(officerAtDesk));
    }
    assertTrue(ready.await(60, TimeUnit.SECONDS), "officers connected");
    start.countDown();
    List<Long> results = new ArrayList<>();
    for (Future<List<Long>> f : futures) {
      results.addAll(f.get(90, TimeUnit.SECONDS));
    }

    assertEquals(50, results.size());
    List<Long> called = results.stream().filter(id -> id > 0).toList();
    assertEquals(40, called.size());
    assertEquals(40, called.stream().distinct().count(), "no ticket called twice");
    try (Connection c = connect()) {
      assertEquals(
          40,
          QueueTestData.intValue(c, "SELECT COUNT(*) FROM queue_ticket WHERE status = 'CALLED'"));
      assertEquals(
          40, QueueTestData.intValue(c, "SELECT COUNT(DISTINCT ticket_id) FROM queue_call"));
      assertEquals(40, QueueTestData.intValue(c, "SELECT COUNT(*) FROM queue_call"));
    }
  }

  /** Runs the submissions half on each pool, all released together by one start gate. */
  private List<AllocationOutcome> runConcurrently(List<Submission> submissions) throws Exception {
    int workers = 2 * WORKERS_PER_POOL;
    CountDownLatch ready = new CountDownLatch(workers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<AllocationOutcome>>> futures = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      List<Submission> share = new ArrayList<>();
      for (int i = w; i < submissions.size(); i += workers) {
        share.add(submissions.get(i));
      }
      ExecutorService pool = w % 2 == 0 ? nodeOne : nodeTwo;
      futures.add(pool.submit(worker(share, ready, start)));
    }
    assertTrue(ready.await(60, TimeUnit.SECONDS), "workers connected");
    start.countDown();
    List<AllocationOutcome> outcomes = new ArrayList<>();
    for (Future<List<AllocationOutcome>> f : futures) {
      outcomes.addAll(f.get(90, TimeUnit.SECONDS));
    }
    assertEquals(submissions.size(), outcomes.size(), "one outcome per submission");
    return outcomes;
  }

  /**
   * One connection per worker, as one pool member of a portal node: opened before the gate, then
   * each submission as the container would run it: the counter ensured in its own short
   * transaction, the allocation in one transaction.
   */
  private Callable<List<AllocationOutcome>> worker(
      List<Submission> share, CountDownLatch ready, CountDownLatch start) {
    return () -> {
      List<AllocationOutcome> results = new ArrayList<>();
      try (Connection c = connect()) {
        ready.countDown();
        start.await();
        for (Submission s : share) {
          c.setAutoCommit(true);
          QueueTestData.allocator(c).ensureCounter(branch, day, s.session());
          c.setAutoCommit(false);
          try {
            results.add(
                QueueTestData.allocator(c)
                    .allocate(
                        new AllocationRequest(
                            s.claimant().claimId(),
                            s.claimant().participantId(),
                            branch,
                            day,
                            s.session(),
                            now)));
            c.commit();
          } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
          }
        }
      }
      return results;
    };
  }

  private int issued(Connection c, String session) throws SQLException {
    List<Integer> rows =
        QueueTestData.ints(
            c,
            "SELECT issued FROM queue_counter WHERE branch_id = ? AND service_date = ?"
                + " AND session_code = ?",
            branch,
            day,
            session);
    return rows.isEmpty() ? 0 : rows.get(0);
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, USER, PASSWORD);
  }

  private record Submission(Claimant claimant, String session) {}
}
