package id.jht.portal.application.queue;

import id.jht.portal.application.schedule.SessionAvailability;
import id.jht.portal.domain.model.branch.BranchOffice;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A slot with room offered when the chosen session is full.
 *
 * @param branch the branch (the chosen one, or a neighbour for {@link Kind#OTHER_BRANCH})
 * @param session the session with its times (local to the branch) and the room left
 */
public record Alternative(
    Kind kind, BranchOffice branch, LocalDate serviceDate, SessionAvailability session)
    implements Serializable {

  /** How the alternative differs from what was chosen; also the order they are offered in. */
  public enum Kind {
    /** Another session the same day at the same branch. */
    SAME_DAY,
    /** A later working day at the same branch. */
    LATER_DAY,
    /** Another branch in the same city or province. */
    OTHER_BRANCH
  }
}
