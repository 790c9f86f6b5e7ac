package id.jht.portal.application.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Moving a person's waiting ticket to another branch, day or session. The claim stays the same.
 *
 * @param now the portal clock's now
 */
public record RescheduleRequest(
    long participantId, long branchId, LocalDate serviceDate, String sessionCode, Instant now) {

  public RescheduleRequest {
    Objects.requireNonNull(serviceDate, "serviceDate");
    Objects.requireNonNull(sessionCode, "sessionCode");
    Objects.requireNonNull(now, "now");
  }
}
