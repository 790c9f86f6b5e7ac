package id.jht.portal.infrastructure.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counters kept in this node's memory and merged into shared counters (the grid's, or this node's
 * own when it has no grid) in batches by {@link #mergeNow()}, which a scheduler calls every few
 * hundred milliseconds: {@link #increment} and {@link #current} never call the shared counters, so
 * a request thread makes no grid operation.
 *
 * <p>Per key this node holds the count of its own hits (a {@link LongAdder}, never reset) and a
 * snapshot written only by the merge: the shared total it last saw and how many of its own hits
 * that total already held. A value is that total plus the own hits since: exact for this node's
 * hits, late only by the other nodes' hits since the last merge. A key this node has never merged
 * reads only its own hits (zero if none) until the next merge has read its shared total; a look
 * marks the key so the merge reads it. Concurrent hits on one node may each read a value that
 * already holds the others' hits (no two get distinct numbers, as on the grid), but the last of
 * them reads them all: at a limit a burst is refused early, never late.
 *
 * <p>A merge adds each key's new own hits to the shared counter (one {@link WindowCounters#add})
 * and keeps the total it answers; a key looked at since the last merge without new hits is read
 * with one {@link WindowCounters#current}. When the shared counters fail (a grid that cannot be
 * reached), the merge stops for this round and keeps everything not yet added for the next one, so
 * no hit of a current window is lost (a call that failed after the grid had applied it may count
 * its hits twice: the error errs towards refusing); requests go on with the last totals. The
 * failure is logged once per streak of failed merges, and once more when a merge succeeds again. A
 * key not hit nor looked at for its time to live (its window and the grace) is dropped, so the map
 * holds about one window's keys.
 */
final class BatchedWindowCounters implements WindowCounters {

  private static final Logger LOG = Logger.getLogger(BatchedWindowCounters.class.getName());

  /** The merge's view of a key: the shared total it last saw, holding {@code merged} own hits. */
  private record Snapshot(long total, long merged) {}

  private static final class Entry {
    final Duration timeToLive;
    final LongAdder own = new LongAdder();
    volatile Snapshot snapshot = new Snapshot(0, 0);
    volatile boolean looked;
    volatile long touchedMillis;

    Entry(Duration timeToLive, long now) {
      this.timeToLive = timeToLive;
      this.touchedMillis = now;
    }

    long value() {
      Snapshot seen = snapshot; // first the snapshot, then the hits: never fewer than it merged
      return seen.total() + own.sum() - seen.merged();
    }

    void touch(long now) {
      if (now - touchedMillis > 1_000) {
        touchedMillis = now;
      }
    }
  }

  private final WindowCounters shared;
  private final LongSupplier clock;
  private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
  private boolean failing;

  BatchedWindowCounters(WindowCounters shared) {
    this(shared, System::currentTimeMillis);
  }

  /** Over the given counters, with the given clock of milliseconds (tests move it). */
  BatchedWindowCounters(WindowCounters shared, LongSupplier clock) {
    this.shared = shared;
    this.clock = clock;
  }

  @Override
  public long add(String key, long delta, Duration timeToLive) {
    Entry entry = entry(key, timeToLive);
    entry.own.add(delta);
    return entry.value();
  }

  @Override
  public long current(String key, Duration timeToLive) {
    Entry entry = entry(key, timeToLive);
    if (!entry.looked) {
      entry.looked = true;
    }
    return entry.value();
  }

  private Entry entry(String key, Duration timeToLive) {
    long now = clock.getAsLong();
    Entry entry = entries.get(key); // a plain read for the hot keys: no lock on their bin
    if (entry == null) {
      entry = entries.computeIfAbsent(key, k -> new Entry(timeToLive, now));
    }
    entry.touch(now);
    return entry;
  }

  /** Keys held in memory (tests). */
  int size() {
    return entries.size();
  }

  /**
   * Adds every key's new hits to the shared counters and reads the totals of keys looked at; drops
   * keys whose time to live has passed. Returns whether the shared counters answered every call.
   */
  synchronized boolean mergeNow() {
    long now = clock.getAsLong();
    try {
      for (Map.Entry<String, Entry> each : entries.entrySet()) {
        Entry entry = each.getValue();
        Snapshot seen = entry.snapshot;
        long own = entry.own.sum();
        long delta = own - seen.merged();
        if (now - entry.touchedMillis > entry.timeToLive.toMillis()) {
          // Its window and the grace are over: hits not merged yet no longer limit anyone.
          entries.remove(each.getKey(), entry);
        } else if (delta > 0) {
          entry.snapshot = new Snapshot(shared.add(each.getKey(), delta, entry.timeToLive), own);
          entry.looked = false;
        } else if (entry.looked) {
          entry.looked = false;
          entry.snapshot = new Snapshot(shared.current(each.getKey(), entry.timeToLive), own);
        }
      }
    } catch (RuntimeException unreachable) {
      if (!failing) {
        failing = true;
        LOG.log(
            Level.WARNING,
            "rate-limit counts could not be merged into the data grid; this node keeps counting"
                + " and merges them when the grid answers again",
            unreachable);
      }
      return false;
    }
    if (failing) {
      failing = false;
      LOG.info("rate-limit counts are merged into the data grid again");
    }
    return true;
  }
}
