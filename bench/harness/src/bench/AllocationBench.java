package bench;

import id.jht.portal.application.queue.AllocationOutcome;
import id.jht.portal.application.queue.AllocationRequest;
import id.jht.portal.application.queue.BookingCodeGenerator;
import id.jht.portal.application.queue.TicketAllocator;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.application.schedule.ServiceCalendar;
import id.jht.portal.infrastructure.persistence.queue.JdbcQueueTickets;
import id.jht.portal.infrastructure.persistence.queue.JdbcSessionCounters;
import id.jht.portal.infrastructure.persistence.schedule.JdbcBranchSchedules;
import id.jht.portal.infrastructure.persistence.schedule.JdbcHolidayCalendar;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Queue allocation in-process: the portal's own {@link TicketAllocator} on plain JDBC connections
 * (one per thread, auto-commit off, commit after each allocation), exactly the SQL the portal runs
 * inside its JTA transaction, without the web and EJB layers around it.
 *
 * <p>Usage: {@code AllocationBench <jdbcUrl> <user> <password> <threads> <seconds> <firstBenchNo>
 * <lastBenchNo> <branches> [session]}. {@code branches} = 1 puts every request on one
 * branch-session; 30 spreads them round-robin over 30 branches. Each request is a new claim of a new
 * bench participant (claims are created before the clock starts). Prints one JSON line.
 */
public final class AllocationBench {

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    String password = args[2];
    int threads = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    int first = Integer.parseInt(args[5]);
    int last = Integer.parseInt(args[6]);
    int branchCount = Integer.parseInt(args[7]);
    String session = args.length > 8 ? args[8] : "A";

    long[][] claims;
    long[] branches;
    LocalDate day;
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      branches = branches(c, branchCount);
      day = commonBookableDay(c, branches);
      claims = createClaims(c, first, last);
      for (long branch : branches) {
        allocator(c).ensureCounter(branch, day, session);
      }
    }

    AtomicInteger next = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    List<long[]> latencies = new ArrayList<>();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    long started = System.nanoTime();
    // The harness's own CPU per allocation (driver included), over the second half of the run: the
    // first half warms the JIT up, as the node is warm when it allocates.
    AtomicLong allocatedSoFar = new AtomicLong();
    long[] halfway = {ClaimPartsBench.processCpuNanos(), 0};
    ScheduledExecutorService marker = Executors.newSingleThreadScheduledExecutor();
    ScheduledFuture<?> halfTime =
        marker.schedule(
            () -> {
              halfway[1] = allocatedSoFar.get();
              halfway[0] = ClaimPartsBench.processCpuNanos();
            },
            seconds * 500L,
            TimeUnit.MILLISECONDS);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      long[] mine = new long[claims.length];
      latencies.add(mine);
      Thread worker =
          new Thread(
              () -> {
                int n = 0;
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                  c.setAutoCommit(false);
                  while (System.nanoTime() < deadline) {
                    int i = next.getAndIncrement();
                    if (i >= claims.length) {
                      break;
                    }
                    long branch = branches[i % branches.length];
                    long t0 = System.nanoTime();
                    try {
                      AllocationOutcome outcome =
                          allocator(c).allocate(new AllocationRequest(
                                  claims[i][0], claims[i][1], branch, day, session, Instant.now()));
                      if (outcome instanceof AllocationOutcome.Allocated) {
                        c.commit();
                        allocatedSoFar.incrementAndGet();
                      } else {
                        c.rollback();
                      }
                      outcomes
                          .computeIfAbsent(
                              outcome.getClass().getSimpleName(), k -> new AtomicLong())
                          .incrementAndGet();
                    } catch (SQLException | RuntimeException e) {
                      // A deadlock or lock timeout: JDBC's own, or the repositories' DatabaseFailure.
                      c.rollback();
                      errors.incrementAndGet();
                    }
                    mine[n++] = System.nanoTime() - t0;
                  }
                } catch (SQLException e) {
                  errors.incrementAndGet();
                  e.printStackTrace();
                }
                mine[mine.length - 1] = n;
              });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    // A run that ended before its half time (the sessions' quotas exhausted) is measured whole.
    halfTime.cancel(false);
    marker.shutdown();
    marker.awaitTermination(5, TimeUnit.SECONDS);
    double cpuMs = (ClaimPartsBench.processCpuNanos() - halfway[0]) / 1e6;
    long measured = allocatedSoFar.get() - halfway[1];
    long[] all = merge(latencies);
    long allocated = outcomes.getOrDefault("Allocated", new AtomicLong()).get();
    Map<String, Long> outcomeCounts = new TreeMap<>();
    outcomes.forEach((k, v) -> outcomeCounts.put(k, v.get()));
    System.out.printf(
        "{\"tool\":\"jdbc-harness\",\"threads\":%d,\"branches\":%d,\"day\":\"%s\",\"seconds\":%.2f,"
            + "\"requests\":%d,\"allocated\":%d,\"rps\":%.1f,\"p50_ms\":%.2f,\"p95_ms\":%.2f,"
            + "\"p99_ms\":%.2f,\"errors\":%d,\"outcomes\":\"%s\",\"exhausted\":%b,"
            + "\"cpu_ms_per_allocation\":%.3f}%n",
        threads,
        branches.length,
        day,
        elapsed,
        all.length,
        allocated,
        allocated / elapsed,
        pct(all, 50),
        pct(all, 95),
        pct(all, 99),
        errors.get(),
        outcomeCounts,
        next.get() >= claims.length,
        measured > 0 ? cpuMs / measured : 0.0);
  }

  /** The first {@code count} active branches that have the session, by id. */
  private static long[] branches(Connection c, int count) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT b.id FROM branch_office b WHERE b.active = TRUE"
                    + " AND EXISTS (SELECT 1 FROM service_session s WHERE s.branch_id = b.id)"
                    + " ORDER BY b.id")) {
      while (rs.next() && ids.size() < count) {
        ids.add(rs.getLong(1));
      }
    }
    if (ids.size() < count) {
      throw new IllegalStateException("only " + ids.size() + " branches");
    }
    return ids.stream().mapToLong(Long::longValue).toArray();
  }

  /** The first day from tomorrow on that every chosen branch can book. */
  private static LocalDate commonBookableDay(Connection c, long[] branches) throws SQLException {
    ServiceCalendar calendar = calendar(c);
    Instant now = Instant.now();
    List<BranchOffice> list = new ArrayList<>();
    for (long id : branches) {
      list.add(calendar.branch(id).orElseThrow());
    }
    for (LocalDate day = LocalDate.now().plusDays(1);
        day.isBefore(LocalDate.now().plusDays(30));
        day = day.plusDays(1)) {
      boolean all = true;
      for (BranchOffice b : list) {
        all &= calendar.isBookable(b, day, now);
      }
      if (all) {
        return day;
      }
    }
    throw new IllegalStateException("no common bookable day within 30 days");
  }

  /** One submitted claim per bench participant in the range: {claim id, participant id}. */
  private static long[][] createClaims(Connection c, int first, int last) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO claim (participant_id, membership_id, open_participant_id, status,"
                + " step_reached, reason, declaration_accepted, created_at, last_activity_at,"
                + " submitted_at, abandon_count, version)"
                + " SELECT participant_id, membership_id, NULL, 'QUEUED', 6, 'RETIREMENT_AGE',"
                + " TRUE, UTC_TIMESTAMP(), UTC_TIMESTAMP(), UTC_TIMESTAMP(), 0, 1"
                + " FROM bench_participant WHERE bench_no BETWEEN ? AND ? ORDER BY bench_no")) {
      ps.setInt(1, first);
      ps.setInt(2, last);
      ps.executeUpdate();
    }
    List<long[]> rows = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT MAX(c.id), c.participant_id FROM claim c JOIN bench_participant b"
                + " ON b.participant_id = c.participant_id WHERE b.bench_no BETWEEN ? AND ?"
                + " GROUP BY c.participant_id ORDER BY c.participant_id")) {
      ps.setInt(1, first);
      ps.setInt(2, last);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
        }
      }
    }
    return rows.toArray(new long[0][]);
  }

  private static long[] merge(List<long[]> perThread) {
    List<Long> all = new ArrayList<>();
    for (long[] mine : perThread) {
      int n = (int) mine[mine.length - 1];
      for (int i = 0; i < n; i++) {
        all.add(mine[i]);
      }
    }
    long[] merged = all.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(merged);
    return merged;
  }

  private static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  /** The portal's calendar over its own repositories, on the harness's connection. */
  private static ServiceCalendar calendar(Connection c) {
    return new ServiceCalendar(new JdbcBranchSchedules(c), new JdbcHolidayCalendar(c));
  }

  /** The portal's allocator over its own repositories, in the transaction run on {@code c}. */
  private static TicketAllocator allocator(Connection c) {
    return new TicketAllocator(
        new BookingCodeGenerator(), calendar(c), new JdbcSessionCounters(c), new JdbcQueueTickets(c));
  }
}
