package id.jht.portal.domain.model.claim;

import java.time.Instant;

/**
 * The claim rows the queue's actions write beside a ticket, in the caller's transaction: an
 * officer's call moves the claim on and puts an event on its timeline, on the same connection as
 * the ticket's guarded update.
 */
public interface ClaimTimeline {

  /** A QUEUED claim becomes CALLED; a claim in any other status is left as it is. */
  void markCalled(long claimId, Instant at);

  /**
   * Adds an event to the claim's timeline.
   *
   * @param note e.g. the desk; may be {@code null}
   */
  void record(long claimId, String eventType, String actor, String note, Instant at);
}
