package id.jht.portal.domain.model.branch;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Repository of the quotas that replace a session's default quota on one date.
 *
 * <p>{@link #lockIssued} takes the same row lock the queue-number allocator takes before it issues
 * a number, so a caller that checks "quota not below the numbers issued" and then {@link #put}s the
 * quota in the same transaction decides against a count no booking can change meanwhile.
 */
public interface QuotaOverrides {

  /** The branch's overrides from {@code from} on, by date and session. */
  List<QuotaOverride> from(long branchId, LocalDate from);

  /** One override, when it exists. */
  Optional<QuotaOverride> find(long overrideId);

  /**
   * Locks the session's counter row for the rest of the transaction (when the session has one) and
   * returns how many numbers it has issued; 0 when none were.
   */
  int lockIssued(long branchId, LocalDate date, String sessionCode);

  /** Sets the quota of one session on one date, replacing any earlier override. */
  void put(long branchId, LocalDate date, String sessionCode, int quota);

  void remove(long overrideId);
}
