package id.jht.portal.application.schedule;

import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.branch.HolidayCalendar;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The service calendar for the web layer (the claim wizard's schedule step, the queue board): the
 * calendar's answers at the portal clock's now. An unknown branch id yields empty answers.
 */
@Stateless
public class ScheduleService {

  @Inject BranchSchedules schedules;
  @Inject HolidayCalendar holidays;
  @Inject Clock clock;

  public Optional<BranchOffice> branch(String code) {
    return calendar().branch(code);
  }

  public Optional<BranchOffice> branch(long id) {
    return calendar().branch(id);
  }

  /** The next {@link ServiceCalendar#DEFAULT_DAYS} working days a participant can book. */
  public List<LocalDate> bookableDays(long branchId) {
    ServiceCalendar calendar = calendar();
    return calendar
        .branch(branchId)
        .map(b -> calendar.bookableDays(b, clock.instant(), ServiceCalendar.DEFAULT_DAYS))
        .orElse(List.of());
  }

  /** The first {@code count} working days on or after {@code from}. */
  public List<LocalDate> nextWorkingDays(long branchId, LocalDate from, int count) {
    ServiceCalendar calendar = calendar();
    return calendar
        .branch(branchId)
        .map(b -> calendar.nextWorkingDays(b, from, count))
        .orElse(List.of());
  }

  /** Each session of the branch on {@code date}, with quota, issued and remaining. */
  public List<SessionAvailability> sessions(long branchId, LocalDate date) {
    ServiceCalendar calendar = calendar();
    return calendar.branch(branchId).map(b -> calendar.sessions(b, date)).orElse(List.of());
  }

  /** Today's date at the branch, in its time zone. */
  public LocalDate today(BranchOffice branch) {
    return WorkingDays.today(branch.getZoneId(), clock.instant());
  }

  private ServiceCalendar calendar() {
    return new ServiceCalendar(schedules, holidays);
  }
}
