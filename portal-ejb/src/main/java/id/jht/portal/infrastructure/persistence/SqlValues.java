package id.jht.portal.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Values in native SQL and plain JDBC as the entities store them: instants as UTC {@code DATETIME}
 * in whole seconds (as the entities' converter writes them), read back from whatever the driver
 * returns (Connector/J gives {@code LocalDateTime}, H2 may give {@code Timestamp}); ids from any
 * {@link Number} the driver picks for a {@code BIGINT}. One place for the JPA repositories' native
 * reads and the JDBC ones alike.
 */
public final class SqlValues {

  private SqlValues() {}

  public static LocalDateTime utc(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).withNano(0);
  }

  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDateTime ldt) {
      return ldt.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof Timestamp ts) {
      return ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }

  public static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    throw new IllegalStateException("unexpected date type " + value.getClass());
  }

  public static Long id(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
