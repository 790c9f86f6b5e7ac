package id.jht.portal.infrastructure.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import id.jht.portal.application.ratelimit.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The batched rate limits on two real Hazelcast members, as two portal nodes use them: each node
 * counts its own hits exactly and at once, without a grid operation; after a merge on both, both
 * read the exact total; a limit reached on one node is refused on the other after the merge; a grid
 * that fails keeps the hits for a later merge; and keys are dropped once their window has passed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchedLimitsAcrossMembersTest {

  private static final Duration HOUR = Duration.ofHours(1);

  private final TwoMembers cluster = new TwoMembers();
  private HazelcastInstance first;
  private HazelcastInstance second;

  @BeforeAll
  void startMembers() {
    first = cluster.start();
    second = cluster.start();
    assertEquals(2, first.getCluster().getMembers().size(), "both members joined one cluster");
  }

  @AfterAll
  void stopMembers() {
    cluster.shutdownAll();
  }

  /** Grid counters that count their calls, and fail while told to. */
  private static final class Watched implements WindowCounters {
    final WindowCounters grid;
    final AtomicInteger calls = new AtomicInteger();
    final AtomicBoolean down = new AtomicBoolean();

    Watched(WindowCounters grid) {
      this.grid = grid;
    }

    @Override
    public long add(String key, long delta, Duration timeToLive) {
      calls.incrementAndGet();
      if (down.get()) {
        throw new IllegalStateException("grid unreachable (test)");
      }
      return grid.add(key, delta, timeToLive);
    }

    @Override
    public long current(String key, Duration timeToLive) {
      calls.incrementAndGet();
      if (down.get()) {
        throw new IllegalStateException("grid unreachable (test)");
      }
      return grid.current(key, timeToLive);
    }
  }

  private static BatchedClusterRateLimits batchedOn(WindowCounters shared) {
    return BatchedClusterRateLimits.over(new BatchedWindowCounters(shared));
  }

  @Test
  void concurrentHitsOnBothMembersAddUpExactlyAfterTheMerges() throws Exception {
    Watched gridA = new Watched(new GridWindowCounters(first));
    Watched gridB = new Watched(new GridWindowCounters(second));
    List<BatchedClusterRateLimits> nodes = List.of(batchedOn(gridA), batchedOn(gridB));
    Instant now = Instant.now();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Long>> answers = new ArrayList<>();
      for (int i = 0; i < 240; i++) {
        RateLimits node = nodes.get(i % 2);
        answers.add(pool.submit(() -> node.hit("api:batched-burst", HOUR, now).hits()));
      }
      for (Future<Long> answer : answers) {
        long hits = answer.get();
        assertTrue(hits >= 1 && hits <= 120, "before a merge a node counts its own: " + hits);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(0, gridA.calls.get() + gridB.calls.get(), "no grid operation for a hit");
    assertEquals(120, nodes.get(0).peek("api:batched-burst", HOUR, now).hits(), "own hits, A");
    assertEquals(120, nodes.get(1).peek("api:batched-burst", HOUR, now).hits(), "own hits, B");

    assertTrue(nodes.get(0).mergeNow());
    assertTrue(nodes.get(1).mergeNow());
    assertEquals(120, nodes.get(0).peek("api:batched-burst", HOUR, now).hits(), "A merged first");
    assertEquals(240, nodes.get(1).peek("api:batched-burst", HOUR, now).hits());
    assertTrue(nodes.get(0).mergeNow(), "A reads the total of a key it looked at");
    assertEquals(240, nodes.get(0).peek("api:batched-burst", HOUR, now).hits());
    assertEquals(
        240, ClusterRateLimits.over(gridA.grid).peek("api:batched-burst", HOUR, now).hits());

    int callsBefore = gridA.calls.get();
    nodes.get(0).hit("api:batched-burst", HOUR, now);
    assertEquals(241, nodes.get(0).peek("api:batched-burst", HOUR, now).hits(), "own hit at once");
    assertEquals(callsBefore, gridA.calls.get(), "still no grid operation on the request path");
  }

  @Test
  void aLimitSpentOnOneNodeIsRefusedOnTheOtherAfterTheMerge() {
    BatchedClusterRateLimits a = batchedOn(new GridWindowCounters(first));
    BatchedClusterRateLimits b = batchedOn(new GridWindowCounters(second));
    Instant now = Instant.now();
    int limit = 10;
    assertEquals(0, b.peek("api:spent-on-a", HOUR, now).hits(), "B never saw the key");
    for (int i = 1; i <= limit; i++) {
      assertFalse(a.hit("api:spent-on-a", HOUR, now).exceeds(limit), "hit " + i);
    }
    assertTrue(a.hit("api:spent-on-a", HOUR, now).exceeds(limit), "11th on A, at once");
    assertEquals(0, b.peek("api:spent-on-a", HOUR, now).hits(), "before the merges, B is late");
    assertTrue(a.mergeNow());
    assertTrue(b.mergeNow());
    assertEquals(11, b.peek("api:spent-on-a", HOUR, now).hits());
    assertTrue(b.hit("api:spent-on-a", HOUR, now).exceeds(limit), "12th, on B");
  }

  @Test
  void hitsCountedWhileTheGridFailsAreMergedWhenItAnswersAgain() {
    Watched grid = new Watched(new GridWindowCounters(first));
    BatchedClusterRateLimits a = batchedOn(grid);
    RateLimits exact = ClusterRateLimits.over(new GridWindowCounters(second));
    Instant now = Instant.now();
    List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    Handler watcher =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
              warnings.add(record);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger log = Logger.getLogger(BatchedWindowCounters.class.getName());
    log.addHandler(watcher);
    try {
      for (int i = 0; i < 5; i++) {
        a.hit("api:outage", HOUR, now);
      }
      assertTrue(a.mergeNow());
      grid.down.set(true);
      for (int i = 0; i < 7; i++) {
        assertEquals(6 + i, a.hit("api:outage", HOUR, now).hits(), "requests go on counting");
      }
      assertFalse(a.mergeNow(), "the merge fails");
      assertFalse(a.mergeNow(), "and fails again");
      assertFalse(a.mergeNow(), "and again");
      assertEquals(1, warnings.size(), "one warning for the streak of failed merges");
    } finally {
      log.removeHandler(watcher);
    }
    assertEquals(5, exact.peek("api:outage", HOUR, now).hits(), "nothing arrived meanwhile");
    assertEquals(12, a.peek("api:outage", HOUR, now).hits(), "nothing lost here either");
    grid.down.set(false);
    assertTrue(a.mergeNow());
    assertEquals(12, exact.peek("api:outage", HOUR, now).hits(), "all merged, once");
  }

  @Test
  void aNodeWhoseMemberIsGoneKeepsItsCountsAndItsMergeFailsQuietly() {
    HazelcastInstance third = cluster.start();
    BatchedWindowCounters onThird = new BatchedWindowCounters(new GridWindowCounters(third));
    Duration ttl = HOUR.plus(ClusterRateLimits.GRACE);
    for (int i = 0; i < 9; i++) {
      onThird.increment("api:lost-member", ttl);
    }
    third.getLifecycleService().terminate();
    assertFalse(onThird.mergeNow(), "its grid is gone");
    assertEquals(9, onThird.current("api:lost-member", ttl), "the node still counts what it saw");
    assertEquals(0, new GridWindowCounters(first).current("api:lost-member", ttl));
  }

  @Test
  void keysAreDroppedOnceTheirWindowAndGraceHavePassed() {
    AtomicLong millis = new AtomicLong(1_000_000);
    Watched grid = new Watched(new GridWindowCounters(first));
    BatchedWindowCounters counters = new BatchedWindowCounters(grid, millis::get);
    Duration ttl = Duration.ofMinutes(1).plus(ClusterRateLimits.GRACE);
    for (int i = 0; i < 50; i++) {
      counters.increment("api:many-" + i, ttl);
    }
    counters.current("api:looked-only", ttl);
    assertTrue(counters.mergeNow());
    assertEquals(51, counters.size());
    millis.addAndGet(ttl.toMillis() - 1_000);
    counters.increment("api:many-0", ttl); // still in use: stays
    millis.addAndGet(2_000);
    assertTrue(counters.mergeNow());
    assertEquals(1, counters.size(), "only the key used within its time to live is left");
    assertEquals(2, counters.current("api:many-0", ttl));
    assertEquals(0, counters.current("api:many-1", ttl), "a dropped key starts again from here");
  }

  @Test
  void hitsAreExactOnOneNodeWithoutAnyMerge() {
    BatchedClusterRateLimits alone = batchedOn(new LocalWindowCounters());
    Instant now = Instant.now();
    for (int i = 1; i <= 3; i++) {
      assertFalse(alone.hit("api:slow", HOUR, now).exceeds(3), "hit " + i);
    }
    assertTrue(alone.hit("api:slow", HOUR, now).exceeds(3), "the fourth is refused at once");
  }

  @Test
  void theScheduledMergeReachesTheOtherNode() {
    BatchedWindowCounters a = new BatchedWindowCounters(new GridWindowCounters(first));
    BatchedWindowCounters b = new BatchedWindowCounters(new GridWindowCounters(second));
    Duration ttl = HOUR.plus(ClusterRateLimits.GRACE);
    var scheduler = Executors.newScheduledThreadPool(1);
    try {
      for (BatchedWindowCounters node : List.of(a, b)) {
        scheduler.scheduleWithFixedDelay(
            node::mergeNow, 50, 50, java.util.concurrent.TimeUnit.MILLISECONDS);
      }
      a.increment("api:scheduled", ttl);
      a.increment("api:scheduled", ttl);
      Awaitility.await()
          .atMost(Duration.ofSeconds(5))
          .pollInterval(Duration.ofMillis(10))
          .until(() -> b.current("api:scheduled", ttl) == 2);
    } finally {
      scheduler.shutdownNow();
    }
  }
}
