package id.jht.portal.infrastructure.persistence.queue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instants as the portal stores them: whole seconds, UTC wall clock, as the JPA converter does. */
final class UtcSeconds {

  private UtcSeconds() {}

  static Timestamp of(Instant instant) {
    return Timestamp.valueOf(
        LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
  }
}
