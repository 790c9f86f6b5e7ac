package id.jht.portal.infrastructure.cluster;

import id.jht.portal.application.ratelimit.Batched;
import id.jht.portal.application.ratelimit.RateLimits;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@link Batched} rate limits: the same buckets, fixed windows and keys as {@link
 * ClusterRateLimits}, counted in this node's memory ({@link BatchedWindowCounters}) and merged into
 * the grid's counters (or this node's own when it has no grid) every {@code
 * portal.rate-limits.merge-millis} (default 250 ms). A hit or a look costs no grid operation on the
 * request thread; a profile of the API's lookups had found a fifth of their CPU in the two grid
 * operations per request, most of it in the context Payara sets up around each of them.
 *
 * <p>Tolerance, with n nodes and a merge interval m: a node sees its own hits exactly and at once,
 * and the other nodes' hits at most m late (plus the time of one merge). So a bucket can pass its
 * limit by at most the hits the other n-1 nodes accept within one interval m, besides the edge
 * effect of any fixed window (a limit spent at the end of one window and again at the start of the
 * next). A bucket this node has never counted reads zero until its next merge has read the total;
 * from then on it includes the other nodes' earlier hits, so they are seen after at most m. On one
 * node the limit is exact. While the grid cannot be reached, each node counts on its own (up to the
 * limit once per node) and merges what it counted when the grid answers again; requests never fail
 * for it. Everything {@link ClusterRateLimits} says of crashed members and restarts holds too, and
 * a node that stops loses the hits it has not merged yet (at most m of them).
 *
 * <p>The merge runs on the server's default managed scheduled executor (Jakarta Concurrency), not
 * on a request thread, scheduled with a fixed delay when the bean is created (on its first use) and
 * cancelled when it is destroyed. It runs on every node.
 */
@ApplicationScoped
@Batched
public class BatchedClusterRateLimits implements RateLimits {

  private static final Logger LOG = Logger.getLogger(BatchedClusterRateLimits.class.getName());

  @Inject DataGrid grid;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "portal.rate-limits.merge-millis", defaultValue = "250")
  long mergeMillis;

  private BatchedWindowCounters counters;
  // Windows, keys and grace exactly as the exact limits have them, over the batched counters.
  private ClusterRateLimits windows;
  private ScheduledFuture<?> merging;

  @PostConstruct
  void start() {
    counters =
        new BatchedWindowCounters(
            grid.member()
                .<WindowCounters>map(GridWindowCounters::new)
                .orElseGet(LocalWindowCounters::new));
    windows = ClusterRateLimits.over(counters);
    long every = Math.max(10, mergeMillis);
    merging =
        scheduler.scheduleWithFixedDelay(this::mergeQuietly, every, every, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (merging != null) {
      merging.cancel(false);
    }
    mergeQuietly(); // the last hits of a node that shuts down in order
  }

  /** For tests: limits over the given counters, merged only by {@link #mergeNow()}. */
  static BatchedClusterRateLimits over(BatchedWindowCounters counters) {
    BatchedClusterRateLimits limits = new BatchedClusterRateLimits();
    limits.counters = counters;
    limits.windows = ClusterRateLimits.over(counters);
    return limits;
  }

  /** Merges now (tests); returns whether the shared counters answered. */
  boolean mergeNow() {
    return counters.mergeNow();
  }

  /** A scheduled task that throws is not run again: nothing may leave this one. */
  private void mergeQuietly() {
    try {
      counters.mergeNow();
    } catch (RuntimeException unexpected) {
      LOG.log(Level.WARNING, "merging the rate-limit counts failed", unexpected);
    }
  }

  @Override
  public Window hit(String bucket, Duration window, Instant now) {
    return windows.hit(bucket, window, now);
  }

  @Override
  public Window peek(String bucket, Duration window, Instant now) {
    return windows.peek(bucket, window, now);
  }
}
