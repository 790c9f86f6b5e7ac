package id.jht.portal.infrastructure.persistence.pendingclaim;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants in native SQL: passed as UTC {@link LocalDateTime} in whole seconds (as the entities'
 * converter stores them) and read back from whatever the driver returns (MySQL Connector/J gives
 * {@code LocalDateTime}, H2 may give {@code Timestamp}).
 */
final class SqlTime {

  private SqlTime() {}

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).withNano(0);
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDateTime ldt) {
      return ldt.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof Timestamp ts) {
      return ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof java.time.OffsetDateTime odt) {
      return odt.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }

  static Long id(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
