package id.jht.portal.application.queue;

import id.jht.portal.application.schedule.SessionAvailability;
import java.io.Serializable;
import java.util.Map;

/**
 * One session on the board: its times, quota and numbers issued, and how many tickets are in each
 * status (names of {@link id.jht.portal.domain.model.queue.TicketStatus}).
 */
public record SessionCounts(SessionAvailability session, Map<String, Integer> byStatus)
    implements Serializable {

  public SessionCounts {
    byStatus = Map.copyOf(byStatus);
  }

  /** Tickets in {@code status}; 0 for none. Callable from EL: {@code #{s.count('WAITING')}}. */
  public int count(String status) {
    return byStatus.getOrDefault(status, 0);
  }
}
