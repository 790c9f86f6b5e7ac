package id.jht.portal.application.queue;

import id.jht.portal.domain.model.queue.SessionKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A submission asking for a queue number.
 *
 * @param claimId the claim the ticket belongs to (must exist: the ticket references it)
 * @param participantId the person; at most one active ticket per person
 * @param sessionCode the session's letter, e.g. {@code B}
 * @param now the portal clock's now: the ticket's creation time and the branch's "today"
 */
public record AllocationRequest(
    long claimId,
    long participantId,
    long branchId,
    LocalDate serviceDate,
    String sessionCode,
    Instant now) {

  public AllocationRequest {
    Objects.requireNonNull(serviceDate, "serviceDate");
    Objects.requireNonNull(sessionCode, "sessionCode");
    Objects.requireNonNull(now, "now");
  }

  /** The session asked for, on its date. */
  public SessionKey session() {
    return new SessionKey(branchId, serviceDate, sessionCode);
  }
}
