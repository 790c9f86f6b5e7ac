package id.jht.portal.application.booking;

import java.io.Serializable;
import java.time.Instant;

/**
 * The answer to a status-page lookup. Every wrong combination gets the same {@link NotFound}: it
 * never says whether the booking code exists or which of the typed values was wrong.
 *
 * <p>Java 17 has no pattern-matching switch: callers branch with {@code instanceof}.
 */
public sealed interface LookupOutcome extends Serializable {

  /** Code and identity belong together: the session may now show and change this booking. */
  record Opened(Long claimId, Long participantId) implements LookupOutcome {}

  /** No booking with this code for this person (message {@code booking.lookup.notFound}). */
  record NotFound() implements LookupOutcome {}

  /**
   * Too many wrong combinations from this client (message {@code booking.lookup.throttled}, the
   * time as argument).
   */
  record Throttled(Instant until) implements LookupOutcome {}
}
