package id.jht.portal.infrastructure.ratelimit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fixed-window counters kept in the database, so a limit holds across all portal nodes: failed
 * identity attempts per client address or per NIK, API calls per channel. Each call is one short
 * transaction of its own that locks only its bucket's row.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RateLimiter {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  /** The state of a bucket after a hit or a look. */
  public record Window(int hits, Instant resetsAt) {
    public boolean exceeds(int limit) {
      return hits > limit;
    }
  }

  /** Counts one hit in {@code bucket}'s current window and returns the window's count. */
  public Window hit(String bucket, Duration window, Instant now) {
    count(bucket, utc(windowStart(now, window)));
    return peek(bucket, window, now);
  }

  /**
   * As {@link #hit}, for a bucket many requests count on at the same moment (an API channel): the
   * hit goes to one of {@code shards} rows picked at random and the window's count is their sum.
   * One row would serialise every request of the channel on its row lock until the previous
   * request's commit; with a row per shard, concurrent requests rarely wait for each other.
   */
  public Window hitSpread(String bucket, int shards, Duration window, Instant now) {
    LocalDateTime start = utc(windowStart(now, window));
    count(shardName(bucket, ThreadLocalRandom.current().nextInt(shards)), start);
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < shards; i++) {
      in.append(i == 0 ? "?" : ", ?").append(i + 1);
    }
    var query =
        em.createNativeQuery(
            "SELECT window_start, hits FROM rate_limit_window WHERE bucket IN (" + in + ")");
    for (int i = 0; i < shards; i++) {
      query.setParameter(i + 1, shardName(bucket, i));
    }
    int hits = 0;
    for (Object row : query.getResultList()) {
      hits += hitsIn((Object[]) row, windowStart(now, window));
    }
    return new Window(hits, windowStart(now, window).plus(window));
  }

  /** The bucket's count in the current window, without counting. */
  public Window peek(String bucket, Duration window, Instant now) {
    Instant start = windowStart(now, window);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT window_start, hits FROM rate_limit_window WHERE bucket = ?1")
            .setParameter(1, bucket)
            .getResultList();
    int hits = rows.isEmpty() ? 0 : hitsIn(rows.get(0), start);
    return new Window(hits, start.plus(window));
  }

  /** One hit on the row: restarts the count when the row belongs to an earlier window. */
  private void count(String bucket, LocalDateTime startUtc) {
    int updated =
        em.createNativeQuery(
                "UPDATE rate_limit_window SET hits = CASE WHEN window_start = ?1 THEN hits + 1 ELSE 1"
                    + " END, window_start = ?1 WHERE bucket = ?2")
            .setParameter(1, startUtc)
            .setParameter(2, bucket)
            .executeUpdate();
    if (updated == 0) {
      try {
        em.createNativeQuery(
                "INSERT INTO rate_limit_window (bucket, window_start, hits) VALUES (?1, ?2, 1)")
            .setParameter(1, bucket)
            .setParameter(2, startUtc)
            .executeUpdate();
      } catch (RuntimeException concurrentInsert) {
        // Another node inserted the row between our UPDATE and INSERT: count on its row.
        em.createNativeQuery("UPDATE rate_limit_window SET hits = hits + 1 WHERE bucket = ?1")
            .setParameter(1, bucket)
            .executeUpdate();
      }
    }
  }

  /** The hits of a row (window_start, hits) that count in the window starting at {@code start}. */
  private static int hitsIn(Object[] row, Instant start) {
    return toInstant(row[0]).equals(start) ? ((Number) row[1]).intValue() : 0;
  }

  static String shardName(String bucket, int shard) {
    return bucket + "#" + shard;
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public void clear(String bucket) {
    em.createNativeQuery("DELETE FROM rate_limit_window WHERE bucket = ?1")
        .setParameter(1, bucket)
        .executeUpdate();
  }

  private static Instant windowStart(Instant now, Duration window) {
    long seconds = window.getSeconds();
    long epoch = now.truncatedTo(ChronoUnit.SECONDS).getEpochSecond();
    return Instant.ofEpochSecond(epoch - Math.floorMod(epoch, seconds));
  }

  private static Instant toInstant(Object value) {
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDateTime ldt) {
      return ldt.toInstant(ZoneOffset.UTC);
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }
}
