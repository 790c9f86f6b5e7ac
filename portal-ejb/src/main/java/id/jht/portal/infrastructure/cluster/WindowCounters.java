package id.jht.portal.infrastructure.cluster;

import java.time.Duration;

/**
 * Counters that expire on their own, one per bucket and window, named by the caller. A counter
 * lives {@code timeToLive} after its last increment; callers pass the same time to live for every
 * counter of one window length.
 */
interface WindowCounters {

  /** Adds one to the counter (created at one) and returns its value. */
  default long increment(String key, Duration timeToLive) {
    return add(key, 1, timeToLive);
  }

  /**
   * Adds {@code delta} (at least one) to the counter (created at {@code delta}) and returns its
   * value: how a node merges the hits it counted in its own memory ({@link BatchedWindowCounters}).
   */
  long add(String key, long delta, Duration timeToLive);

  /** The counter's value, zero when it does not exist (never counted, or expired). */
  long current(String key, Duration timeToLive);
}
