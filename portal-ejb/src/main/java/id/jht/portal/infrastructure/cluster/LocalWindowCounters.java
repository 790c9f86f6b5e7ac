package id.jht.portal.infrastructure.cluster;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counters in this node's memory, for a server whose data grid is switched off: a limit then holds
 * per node. Expired counters are swept when the map has grown, so it stays bounded by the traffic
 * of one window.
 */
final class LocalWindowCounters implements WindowCounters {

  private static final int SWEEP_ABOVE = 10_000;

  private record Counter(long hits, long expiresAtMillis) {}

  private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

  @Override
  public long add(String key, long delta, Duration timeToLive) {
    long now = System.currentTimeMillis();
    if (counters.size() > SWEEP_ABOVE) {
      counters.values().removeIf(c -> c.expiresAtMillis() <= now);
    }
    long expiresAt = now + timeToLive.toMillis();
    return counters
        .compute(
            key,
            (k, c) ->
                c == null || c.expiresAtMillis() <= now
                    ? new Counter(delta, expiresAt)
                    : new Counter(c.hits() + delta, expiresAt))
        .hits();
  }

  @Override
  public long current(String key, Duration timeToLive) {
    Counter c = counters.get(key);
    return c == null || c.expiresAtMillis() <= System.currentTimeMillis() ? 0 : c.hits();
  }
}
