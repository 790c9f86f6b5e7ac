package id.jht.portal.application.queue;

import id.jht.portal.application.schedule.BranchSchedules;
import id.jht.portal.application.schedule.ServiceCalendar;
import id.jht.portal.domain.model.branch.HolidayCalendar;
import id.jht.portal.domain.model.claim.ClaimTimeline;
import id.jht.portal.domain.model.queue.QueueTickets;
import id.jht.portal.domain.model.queue.SessionCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The queue's use cases as the container wires them: the allocator, the caller and the calendar
 * over the injected repositories, whose calls join the caller's transaction.
 */
@ApplicationScoped
public class QueueRepositories {

  /** SecureRandom is thread-safe: one generator serves every call. */
  private static final BookingCodeGenerator BOOKING_CODES = new BookingCodeGenerator();

  @Inject BranchSchedules schedules;
  @Inject HolidayCalendar holidays;
  @Inject SessionCounters counters;
  @Inject QueueTickets tickets;
  @Inject ClaimTimeline claims;
  @Inject QueueBoardQueries board;

  public ServiceCalendar calendar() {
    return new ServiceCalendar(schedules, holidays);
  }

  public TicketAllocator allocator() {
    return new TicketAllocator(BOOKING_CODES, calendar(), counters, tickets);
  }

  public TicketCaller caller() {
    return new TicketCaller(tickets, claims);
  }

  public QueueBoardQueries board() {
    return board;
  }
}
