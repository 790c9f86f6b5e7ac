package id.jht.portal.application.queue;

import id.jht.portal.domain.model.branch.BranchOffice;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The head of a branch's queue board for one day: its sessions with counts per status, and today
 * with the coming working days, so that officers can prepare the claims of a later day.
 *
 * @param today whether {@code date} is today at the branch: only then can tickets be called
 * @param days today and the next {@link QueueBoardService#DAYS_AHEAD} working days
 */
public record QueueBoard(
    BranchOffice branch,
    LocalDate date,
    boolean today,
    List<SessionCounts> sessions,
    List<BoardDay> days)
    implements Serializable {

  /**
   * One day the board can show, with its bookings still to be served.
   *
   * @param open tickets waiting or called that day
   */
  public record BoardDay(LocalDate date, int open) implements Serializable {}
}
