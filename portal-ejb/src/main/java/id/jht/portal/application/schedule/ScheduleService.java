package id.jht.portal.application.schedule;

import id.jht.portal.infrastructure.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The service calendar for the web layer (the claim wizard's schedule step, the queue board): the
 * container's data source, the portal clock, and the calendar's answers. A connection taken inside
 * a container transaction is enlisted in it. An unknown branch id yields empty answers.
 */
@Stateless
public class ScheduleService {

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Inject Clock clock;

  public Optional<Branch> branch(String code) {
    return read(calendar -> calendar.branch(code));
  }

  public Optional<Branch> branch(long id) {
    return read(calendar -> calendar.branch(id));
  }

  /** The next {@link ServiceCalendar#DEFAULT_DAYS} working days a participant can book. */
  public List<LocalDate> bookableDays(long branchId) {
    return read(
        calendar -> {
          Optional<Branch> branch = calendar.branch(branchId);
          return branch.isEmpty()
              ? List.of()
              : calendar.bookableDays(branch.get(), clock.instant(), ServiceCalendar.DEFAULT_DAYS);
        });
  }

  /** The first {@code count} working days on or after {@code from}. */
  public List<LocalDate> nextWorkingDays(long branchId, LocalDate from, int count) {
    return read(
        calendar -> {
          Optional<Branch> branch = calendar.branch(branchId);
          return branch.isEmpty() ? List.of() : calendar.nextWorkingDays(branch.get(), from, count);
        });
  }

  /** Each session of the branch on {@code date}, with quota, issued and remaining. */
  public List<SessionAvailability> sessions(long branchId, LocalDate date) {
    return read(
        calendar -> {
          Optional<Branch> branch = calendar.branch(branchId);
          return branch.isEmpty() ? List.of() : calendar.sessions(branch.get(), date);
        });
  }

  /** Today's date at the branch, in its time zone. */
  public LocalDate today(Branch branch) {
    return WorkingDays.today(branch.zone(), clock.instant());
  }

  private <T> T read(CalendarQuery<T> query) {
    try (Connection c = dataSource.getConnection()) {
      return query.run(new ServiceCalendar(c));
    } catch (SQLException e) {
      throw new ScheduleUnavailableException(e);
    }
  }

  @FunctionalInterface
  private interface CalendarQuery<T> {
    T run(ServiceCalendar calendar) throws SQLException;
  }

  /** The database could not answer: a system failure, not a user error. */
  public static class ScheduleUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ScheduleUnavailableException(SQLException cause) {
      super("The service calendar cannot be read: " + cause.getMessage(), cause);
    }
  }
}
