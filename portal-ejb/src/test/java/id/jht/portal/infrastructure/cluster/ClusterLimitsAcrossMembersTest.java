package id.jht.portal.infrastructure.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import id.jht.portal.application.channel.AuthenticatedChannel;
import id.jht.portal.application.channel.ChannelKeysChanged;
import id.jht.portal.application.ratelimit.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The rate limits and the API-key cache on two real Hazelcast members, as two portal nodes use
 * them: hits on both members count on one counter, exactly; the limit holds whichever member a
 * request reaches; a count survives a member's crash; and a key revoked on one node is refused on
 * the other within a second although its cache would keep it for five minutes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterLimitsAcrossMembersTest {

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

  private static RateLimits limitsOn(HazelcastInstance member) {
    return ClusterRateLimits.over(new GridWindowCounters(member));
  }

  /** Now, in the real clock's current hour: counters expire a minute after it. */
  private static Instant now() {
    return Instant.now();
  }

  @Test
  void concurrentHitsOnBothMembersCountExactlyOnce() throws Exception {
    List<RateLimits> nodes = List.of(limitsOn(first), limitsOn(second));
    Instant now = now();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Long>> answers = new ArrayList<>();
      for (int i = 0; i < 240; i++) {
        RateLimits node = nodes.get(i % 2);
        answers.add(pool.submit(() -> node.hit("api:burst", HOUR, now).hits()));
      }
      Set<Long> seen = ConcurrentHashMap.newKeySet();
      for (Future<Long> answer : answers) {
        assertTrue(seen.add(answer.get()), "every hit saw a count of its own");
      }
      assertEquals(240, seen.size());
      assertEquals(240L, seen.stream().mapToLong(Long::longValue).max().orElseThrow());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(240, nodes.get(0).peek("api:burst", HOUR, now).hits());
    assertEquals(240, nodes.get(1).peek("api:burst", HOUR, now).hits());
  }

  @Test
  void theLimitHoldsWhicheverMemberTheRequestsReach() {
    RateLimits a = limitsOn(first);
    RateLimits b = limitsOn(second);
    Instant now = now();
    int limit = 10;
    for (int i = 1; i <= limit; i++) {
      RateLimits node = i % 2 == 0 ? a : b;
      assertFalse(node.hit("id-client:alternating", HOUR, now).exceeds(limit), "hit " + i);
    }
    assertTrue(a.hit("id-client:alternating", HOUR, now).exceeds(limit), "11th on the first");
    assertTrue(b.hit("id-client:alternating", HOUR, now).exceeds(limit), "12th on the second");
    assertEquals(0, a.peek("id-client:other", HOUR, now).hits(), "buckets are apart");
  }

  @Test
  void aNewWindowStartsFromZeroOnEveryMember() {
    RateLimits a = limitsOn(first);
    RateLimits b = limitsOn(second);
    Duration minute = Duration.ofMinutes(1);
    Instant now = now();
    a.hit("api:windows", minute, now);
    a.hit("api:windows", minute, now);
    RateLimits.Window next = b.hit("api:windows", minute, now.plus(minute));
    assertEquals(1, next.hits());
    assertEquals(RateLimits.windowStart(now, minute).plus(minute.multipliedBy(2)), next.resetsAt());
  }

  @Test
  void aCounterExpiresOneWindowAndAMinuteAfterItsLastHit() {
    RateLimits a = limitsOn(first);
    Instant now = now();
    a.hit("api:ttl", HOUR, now);
    long beforeLast = System.currentTimeMillis();
    a.hit("api:ttl", HOUR, now);
    String key = "api:ttl@" + RateLimits.windowStart(now, HOUR).getEpochSecond();
    Duration ttl = HOUR.plus(ClusterRateLimits.GRACE);
    var entry = second.<String, Long>getMap(GridWindowCounters.mapName(ttl)).getEntryView(key);
    assertEquals(2L, entry.getValue());
    assertNotEquals(Long.MAX_VALUE, entry.getExpirationTime(), "the counter expires");
    assertTrue(entry.getExpirationTime() >= beforeLast + ttl.toMillis() - 1_000);
    assertTrue(entry.getExpirationTime() <= System.currentTimeMillis() + ttl.toMillis() + 1_000);
  }

  @Test
  void aCountSurvivesTheCrashOfAMember() {
    HazelcastInstance third = cluster.start();
    RateLimits a = limitsOn(first);
    RateLimits c = limitsOn(third);
    Instant now = now();
    for (int i = 0; i < 30; i++) {
      a.hit("api:crash-" + i, HOUR, now);
      c.hit("api:crash-" + i, HOUR, now);
    }
    third.getLifecycleService().terminate();
    for (int i = 0; i < 30; i++) {
      assertEquals(2, a.peek("api:crash-" + i, HOUR, now).hits(), "bucket " + i);
    }
  }

  @Test
  void aRevokedKeyIsRefusedOnTheOtherMemberLongBeforeItsCacheExpires() {
    Map<String, AuthenticatedChannel> database = new ConcurrentHashMap<>();
    AtomicInteger reads = new AtomicInteger();
    Function<String, Optional<AuthenticatedChannel>> verify =
        hash -> {
          reads.incrementAndGet();
          return Optional.ofNullable(database.get(hash));
        };
    database.put("hash-of-key", new AuthenticatedChannel(7L, "mobile", "Aplikasi", "App", 600));
    ClusterVerifiedKeys onFirst = keysOn(first);
    ClusterVerifiedKeys onSecond = keysOn(second);
    try {
      for (int i = 0; i < 50; i++) {
        assertTrue(onFirst.verified("hash-of-key", verify).isPresent());
        assertTrue(onSecond.verified("hash-of-key", verify).isPresent());
      }
      assertEquals(2, reads.get(), "one database read per node for 100 requests");

      database.remove("hash-of-key");
      long revokedAt = System.nanoTime();
      onFirst.changed(new ChannelKeysChanged("mobile"));
      assertTrue(onFirst.verified("hash-of-key", verify).isEmpty(), "refused at once here");
      Awaitility.await()
          .atMost(Duration.ofSeconds(1))
          .pollInterval(Duration.ofMillis(5))
          .until(() -> onSecond.verified("hash-of-key", verify).isEmpty());
      long millis = (System.nanoTime() - revokedAt) / 1_000_000;
      System.out.println("revoked key refused on the other member after " + millis + " ms");
    } finally {
      onFirst.disconnect();
      onSecond.disconnect();
    }
  }

  /** A node's key cache over the member, keeping keys five minutes unless told otherwise. */
  private static ClusterVerifiedKeys keysOn(HazelcastInstance member) {
    ClusterVerifiedKeys keys = new ClusterVerifiedKeys();
    keys.grid = DataGrid.of(member);
    keys.cacheSeconds = 300;
    keys.connect();
    return keys;
  }
}
