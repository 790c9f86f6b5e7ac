package id.jht.portal.application.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Fixed-window counters shared by all portal nodes: each bucket (a hashed client address, a hashed
 * NIK, an API channel) counts its hits in windows of a given length aligned to the epoch, so all
 * nodes agree on where a window starts. The implementation states how exactly the nodes agree.
 */
public interface RateLimits {

  /** Counts one hit in {@code bucket}'s current window and returns the window's count. */
  Window hit(String bucket, Duration window, Instant now);

  /** The bucket's count in the current window, without counting. */
  Window peek(String bucket, Duration window, Instant now);

  /** The state of a bucket after a hit or a look. */
  record Window(long hits, Instant resetsAt) {

    public boolean exceeds(int limit) {
      return hits > limit;
    }
  }

  /**
   * Where the window of {@code length} that holds {@code now} starts (whole seconds,
   * epoch-aligned).
   */
  static Instant windowStart(Instant now, Duration length) {
    long seconds = Math.max(1, length.getSeconds());
    long epoch = now.truncatedTo(ChronoUnit.SECONDS).getEpochSecond();
    return Instant.ofEpochSecond(epoch - Math.floorMod(epoch, seconds));
  }
}
