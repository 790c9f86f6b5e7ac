package id.jht.portal.application.pendingclaim;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One-time codes for purposes other than the pending-claim release, on the release's rules and
 * table: six digits, only a hash stored (bound to participant and purpose), a new code voids the
 * previous one, a fixed validity and number of tries, the last wrong try voids the code. The
 * release itself keeps its own copy of these steps in {@link PendingClaimReleaseService}.
 */
public final class OneTimeCodes {

  private OneTimeCodes() {}

  /** Issues a new code for the participant and purpose, voiding unused earlier ones. */
  public static String issue(
      EntityManager em,
      Long participantId,
      String purpose,
      Instant now,
      Duration validity,
      int tries) {
    String code = ReleaseCodes.generate();
    em.createNativeQuery(PendingSql.VOID_UNUSED_CODES)
        .setParameter(1, participantId)
        .setParameter(2, purpose)
        .executeUpdate();
    em.createNativeQuery(PendingSql.INSERT_CODE)
        .setParameter(1, participantId)
        .setParameter(2, purpose)
        .setParameter(3, ReleaseCodes.hash(purpose, participantId, code))
        .setParameter(4, SqlTime.utc(now.plus(validity)))
        .setParameter(5, tries)
        .setParameter(6, SqlTime.utc(now))
        .executeUpdate();
    return code;
  }

  /**
   * Whether {@code typed} (already normalized) is the participant's latest unused, unexpired code
   * of the purpose with tries left. A right code is used up; a wrong one uses up a try. The code's
   * row is locked, so two tries at once are counted one after the other.
   */
  public static boolean redeem(
      EntityManager em, Long participantId, String purpose, String typed, Instant now) {
    List<?> ids =
        em.createNativeQuery(PendingSql.LATEST_UNUSED_CODE)
            .setParameter(1, participantId)
            .setParameter(2, purpose)
            .getResultList();
    if (ids.isEmpty() || ids.get(0) == null) {
      return false;
    }
    long id = SqlTime.id(ids.get(0));
    Object[] row =
        (Object[]) em.createNativeQuery(PendingSql.LOCK_CODE).setParameter(1, id).getSingleResult();
    String hash = (String) row[0];
    Instant expiresAt = SqlTime.instant(row[1]);
    int triesLeft = ((Number) row[2]).intValue();
    boolean used = row[3] instanceof Boolean b ? b : ((Number) row[3]).intValue() != 0;
    if (used || triesLeft <= 0 || !expiresAt.isAfter(now)) {
      return false;
    }
    if (!ReleaseCodes.matches(purpose, participantId, typed, hash)) {
      em.createNativeQuery(PendingSql.COUNT_TRY)
          .setParameter(1, triesLeft - 1)
          .setParameter(2, triesLeft - 1 <= 0)
          .setParameter(3, id)
          .executeUpdate();
      return false;
    }
    em.createNativeQuery(PendingSql.USE_CODE).setParameter(1, id).executeUpdate();
    return true;
  }
}
