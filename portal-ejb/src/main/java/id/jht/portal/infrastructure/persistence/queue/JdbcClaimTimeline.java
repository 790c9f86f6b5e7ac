package id.jht.portal.infrastructure.persistence.queue;

import id.jht.portal.domain.model.claim.ClaimTimeline;
import id.jht.portal.infrastructure.persistence.JdbcRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;

/**
 * The claim rows an officer's call writes, on the ticket's connection: beside the queue's JDBC so
 * that the call, the claim's status and its event commit together, in the container and in the
 * plain-JDBC tests alike.
 */
@ApplicationScoped
public class JdbcClaimTimeline extends JdbcRepository implements ClaimTimeline {

  protected JdbcClaimTimeline() {}

  /** On the caller's connection, in the caller's transaction (tests). */
  public JdbcClaimTimeline(Connection connection) {
    super(connection);
  }

  @Override
  public void markCalled(long claimId, Instant at) {
    update(
        "move the claim to CALLED",
        "UPDATE claim SET status = 'CALLED', last_activity_at = ?, version = version + 1"
            + " WHERE id = ? AND status = 'QUEUED'",
        UtcSeconds.of(at),
        claimId);
  }

  @Override
  public void record(long claimId, String eventType, String actor, String note, Instant at) {
    update(
        "add the claim event",
        "INSERT INTO claim_event (claim_id, event_type, occurred_at, actor, note)"
            + " VALUES (?, ?, ?, ?, ?)",
        claimId,
        eventType,
        UtcSeconds.of(at),
        actor,
        note);
  }
}
