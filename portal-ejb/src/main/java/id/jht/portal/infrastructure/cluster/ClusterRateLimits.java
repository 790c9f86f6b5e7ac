package id.jht.portal.infrastructure.cluster;

import id.jht.portal.application.ratelimit.RateLimits;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * The rate limits, counted in the cluster's memory instead of database rows: a counter per bucket
 * and fixed window (key {@code bucket@windowStartEpochSecond}), expiring one window and a minute
 * after its last hit.
 *
 * <p>Tolerance across nodes: while the members see each other every increment is atomic on the
 * counter's owner, so the limit is exact across all nodes ({@code ClusterLimitsAcrossMembersTest}:
 * 240 concurrent hits on one bucket through two members end at exactly 240, each count seen once).
 * A member that leaves loses no count (Hazelcast keeps a synchronous backup on another member); a
 * split brain lets each side count on its own until it heals (up to the limit once per side); a
 * restart of every node at once forgets the counts, so a client may start again early. As with any
 * fixed window, a client may spend a limit at the end of one window and again at the start of the
 * next. Nodes take the window from their own clock: a clock off by s seconds moves that node's hits
 * near a window's edge by s.
 *
 * <p>Each hit and each look is a grid operation on the request thread. That is the price of
 * exactness, paid by the small limits (five identity checks, booking look-ups, unlock and
 * correction codes). The API's high per-channel limits are counted by {@link
 * BatchedClusterRateLimits} instead (qualifier {@code @Batched}): on the same counters, merged in
 * batches, late by at most one merge interval for the other nodes' hits.
 */
@ApplicationScoped
public class ClusterRateLimits implements RateLimits {

  /** How much longer than its window a counter lives (clocks of other nodes may still be in it). */
  static final Duration GRACE = Duration.ofMinutes(1);

  @Inject DataGrid grid;

  private WindowCounters counters;

  @PostConstruct
  void connect() {
    counters =
        grid.member()
            .<WindowCounters>map(GridWindowCounters::new)
            .orElseGet(LocalWindowCounters::new);
  }

  /**
   * Limits over the given counters: the same windows, keys and grace over other counters (tests,
   * and {@link BatchedClusterRateLimits} over its batched ones).
   */
  static ClusterRateLimits over(WindowCounters counters) {
    ClusterRateLimits limits = new ClusterRateLimits();
    limits.counters = counters;
    return limits;
  }

  @Override
  public Window hit(String bucket, Duration window, Instant now) {
    Instant start = RateLimits.windowStart(now, window);
    long hits = counters.increment(key(bucket, start), window.plus(GRACE));
    return new Window(hits, start.plus(window));
  }

  @Override
  public Window peek(String bucket, Duration window, Instant now) {
    Instant start = RateLimits.windowStart(now, window);
    return new Window(counters.current(key(bucket, start), window.plus(GRACE)), start.plus(window));
  }

  private static String key(String bucket, Instant windowStart) {
    return bucket + "@" + windowStart.getEpochSecond();
  }
}
