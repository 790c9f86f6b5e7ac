package id.jht.portal.application.queue;

import id.jht.portal.application.schedule.ServiceCalendar;
import id.jht.portal.domain.model.branch.BranchOffice;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Port: what the queue board and the public display read. Authorisation is the caller's ({@link
 * QueueBoardService}); everything here is scoped by branch id.
 */
public interface QueueBoardQueries {

  /** The day's tickets per session code and status name. */
  Map<String, Map<String, Integer>> statusCounts(long branchId, LocalDate date);

  /** Each of the days with its tickets still waiting or called, in the order given. */
  List<QueueBoard.BoardDay> openPerDay(long branchId, List<LocalDate> days);

  int countTickets(long branchId, LocalDate date, TicketFilter filter);

  /** One page of the day's tickets in queue order (session, then number). */
  List<TicketRow> tickets(
      long branchId, LocalDate date, TicketFilter filter, int first, int pageSize);

  /**
   * The numbers being called: for each desk its latest call (highest call id), if that ticket is
   * still at the desk (CALLED); latest first.
   */
  List<DisplayedCall> currentCalls(long branchId, LocalDate date, int maxDesks);

  /** Each session of the day with quota, issued and tickets per status. */
  default List<SessionCounts> sessions(
      ServiceCalendar calendar, BranchOffice branch, LocalDate date) {
    Map<String, Map<String, Integer>> counts = statusCounts(branch.getId(), date);
    return calendar.sessions(branch, date).stream()
        .map(s -> new SessionCounts(s, counts.getOrDefault(s.code(), Map.of())))
        .toList();
  }
}
