package id.jht.portal.application.queue;

import id.jht.portal.application.schedule.WorkingDays;
import id.jht.portal.domain.model.branch.BranchOffice;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public display of a branch (a screen in the office): the numbers being called today and to
 * which desk. Public by design, so it shows ticket numbers and desk names only, never a name or a
 * booking code.
 */
@Stateless
public class QueueDisplayService {

  @Inject QueueRepositories repositories;
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
    Optional<BranchOffice> branch = repositories.calendar().branch(branchCode);
    if (branch.isEmpty() || !branch.get().isActive()) {
      return Optional.empty();
    }
    BranchOffice b = branch.get();
    return Optional.of(
        new Display(
            b,
            repositories
                .board()
                .currentCalls(
                    b.getId(), WorkingDays.today(b.getZoneId(), clock.instant()), maxDesks)));
  }

  /** A branch and the numbers being called there, latest first. */
  public record Display(BranchOffice branch, List<DisplayedCall> calls) implements Serializable {}
}
