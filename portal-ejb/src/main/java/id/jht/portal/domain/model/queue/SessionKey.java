package id.jht.portal.domain.model.queue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One session of a branch on one service date: the key of its counter row and of its tickets.
 *
 * @param sessionCode the session's letter, e.g. {@code B}
 */
public record SessionKey(long branchId, LocalDate serviceDate, String sessionCode) {

  public SessionKey {
    Objects.requireNonNull(serviceDate, "serviceDate");
    Objects.requireNonNull(sessionCode, "sessionCode");
  }

  /** The order in which two counters are locked together, the same for everyone. */
  public boolean locksBefore(SessionKey other) {
    return serviceDate.isBefore(other.serviceDate)
        || (serviceDate.equals(other.serviceDate) && sessionCode.compareTo(other.sessionCode) <= 0);
  }
}
