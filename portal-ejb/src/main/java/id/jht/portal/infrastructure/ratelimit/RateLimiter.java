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
    Instant start = windowStart(now, window);
    LocalDateTime startUtc = LocalDateTime.ofInstant(start, ZoneOffset.UTC);
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
    return peek(bucket, window, now);
  }

  /** The bucket's count in the current window, without counting. */
  public Window peek(String bucket, Duration window, Instant now) {
    Instant start = windowStart(now, window);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT window_start, hits FROM rate_limit_window WHERE bucket = ?1")
            .setParameter(1, bucket)
            .getResultList();
    if (rows.isEmpty()) {
      return new Window(0, start.plus(window));
    }
    Object[] row = rows.get(0);
    Instant rowStart = toInstant(row[0]);
    int hits = rowStart.equals(start) ? ((Number) row[1]).intValue() : 0;
    return new Window(hits, start.plus(window));
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
