package id.jht.portal.application.queue;

import id.jht.portal.application.schedule.ServiceCalendar;
import id.jht.portal.domain.model.branch.BranchOffice;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queue numbers in the container: {@link TicketAllocator} over the queue's repositories, in the
 * caller's transaction (or a new one when called without), so that the claim wizard's last step
 * commits the ticket together with the claim's change to QUEUED, or neither.
 *
 * <p>The counter row is created first in a transaction of its own ({@link QueueCounters}), so the
 * allocating transaction only ever waits for the row lock and never deadlocks on the creation.
 */
@Stateless
public class QueueAllocationService {

  @Inject QueueRepositories repositories;
  @Inject Clock clock;
  @Inject QueueCounters counters;

  @Inject
  @ConfigProperty(name = "portal.queue.max-alternatives", defaultValue = "6")
  int maxAlternatives;

  /**
   * Issues a queue number for the claim. Only {@link AllocationOutcome.Allocated} wrote anything.
   *
   * @param sessionCode e.g. {@code "B"}
   */
  public AllocationOutcome allocate(
      long claimId, long participantId, long branchId, LocalDate serviceDate, String sessionCode) {
    counters.ensure(branchId, serviceDate, sessionCode);
    return repositories
        .allocator()
        .allocate(
            new AllocationRequest(
                claimId, participantId, branchId, serviceDate, sessionCode, clock.instant()));
  }

  /**
   * A new number for a claim whose last ticket closed without service (a missed call), under that
   * ticket's booking code.
   */
  public AllocationOutcome allocateAgain(
      long claimId,
      long participantId,
      long branchId,
      LocalDate serviceDate,
      String sessionCode,
      long previousTicketId) {
    counters.ensure(branchId, serviceDate, sessionCode);
    return repositories
        .allocator()
        .allocateAgain(
            new AllocationRequest(
                claimId, participantId, branchId, serviceDate, sessionCode, clock.instant()),
            previousTicketId);
  }

  /** Gives a cancelled ticket's place back to its session, in the caller's transaction. */
  public void release(long branchId, LocalDate serviceDate, String sessionCode) {
    repositories.allocator().release(branchId, serviceDate, sessionCode);
  }

  /**
   * Moves the person's waiting ticket to another slot: the new number is taken before the old
   * ticket is released, in this one transaction; on any outcome but {@link
   * AllocationOutcome.Allocated} the old ticket stays as it was.
   */
  public AllocationOutcome reschedule(
      long participantId, long branchId, LocalDate serviceDate, String sessionCode) {
    counters.ensure(branchId, serviceDate, sessionCode);
    return repositories
        .allocator()
        .reschedule(
            new RescheduleRequest(
                participantId, branchId, serviceDate, sessionCode, clock.instant()));
  }

  /**
   * Up to {@code portal.queue.max-alternatives} (default 6) slots with room near a full one: other
   * sessions that day, later working days at the branch, branches in the same city or province.
   */
  public List<Alternative> alternatives(long branchId, LocalDate serviceDate, String sessionCode) {
    ServiceCalendar calendar = repositories.calendar();
    Optional<BranchOffice> branch = calendar.branch(branchId);
    if (branch.isEmpty()) {
      return List.of();
    }
    return new AlternativeFinder(calendar, maxAlternatives)
        .find(branch.get(), serviceDate, sessionCode, clock.instant());
  }
}
