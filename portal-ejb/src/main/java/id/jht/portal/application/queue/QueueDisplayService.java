package id.jht.portal.application.queue;

import id.jht.portal.application.schedule.Branch;
import id.jht.portal.application.schedule.ServiceCalendar;
import id.jht.portal.application.schedule.WorkingDays;
import id.jht.portal.infrastructure.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public display of a branch (a screen in the office): the numbers being called today and to
 * which desk. Public by design, so it shows ticket numbers and desk names only, never a name or a
 * booking code.
 */
@Stateless
public class QueueDisplayService {

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.queue.display-desks", defaultValue = "8")
  int maxDesks;

  @Inject
  @ConfigProperty(name = "portal.queue.display-refresh-seconds", defaultValue = "4")
  int refreshSeconds;

  /** Seconds between a display's refreshes; more often than every 2 seconds would only add load. */
  public int refreshSeconds() {
    return Math.max(2, refreshSeconds);
  }

  /** The branch (by code) and its current calls, latest first; empty for an unknown branch. */
  public Optional<Display> display(String branchCode) {
    try (Connection c = dataSource.getConnection()) {
      Optional<Branch> branch = new ServiceCalendar(c).branch(branchCode);
      if (branch.isEmpty() || !branch.get().active()) {
        return Optional.empty();
      }
      Branch b = branch.get();
      return Optional.of(
          new Display(
              b,
              new QueueBoardQueries(c)
                  .currentCalls(b.id(), WorkingDays.today(b.zone(), clock.instant()), maxDesks)));
    } catch (SQLException e) {
      throw new QueueStorageException("cannot read the display", e);
    }
  }

  /** A branch and the numbers being called there, latest first. */
  public record Display(Branch branch, List<DisplayedCall> calls) implements Serializable {}
}
