package id.jht.portal.infrastructure.persistence.pendingclaim;

import id.jht.portal.domain.model.onetimecode.IssuedCode;
import id.jht.portal.domain.model.onetimecode.IssuedCodes;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import id.jht.portal.infrastructure.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code one_time_code} rows in native SQL (the table has no entity). The code being tried is
 * locked with {@code SELECT ... FOR UPDATE}, so concurrent tries are counted one after the other.
 */
@ApplicationScoped
public class JpaIssuedCodes extends JpaRepository implements IssuedCodes {

  @Override
  public void voidUnused(Long participantId, String purpose) {
    em.createNativeQuery(PendingSql.VOID_UNUSED_CODES)
        .setParameter(1, participantId)
        .setParameter(2, purpose)
        .executeUpdate();
  }

  @Override
  public void add(
      Long participantId,
      String purpose,
      String codeHash,
      Instant expiresAt,
      int tries,
      Instant createdAt) {
    em.createNativeQuery(PendingSql.INSERT_CODE)
        .setParameter(1, participantId)
        .setParameter(2, purpose)
        .setParameter(3, codeHash)
        .setParameter(4, SqlValues.utc(expiresAt))
        .setParameter(5, tries)
        .setParameter(6, SqlValues.utc(createdAt))
        .executeUpdate();
  }

  @Override
  public Optional<Long> latestUnused(Long participantId, String purpose) {
    return firstId(
        em.createNativeQuery(PendingSql.LATEST_UNUSED_CODE)
            .setParameter(1, participantId)
            .setParameter(2, purpose));
  }

  @Override
  public IssuedCode lock(long codeId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(PendingSql.LOCK_CODE).setParameter(1, codeId).getSingleResult();
    return new IssuedCode(
        codeId,
        (String) row[0],
        SqlValues.instant(row[1]),
        ((Number) row[2]).intValue(),
        isTrue(row[3]));
  }

  @Override
  public void countTry(long codeId, int triesLeft, boolean usedUp) {
    em.createNativeQuery(PendingSql.COUNT_TRY)
        .setParameter(1, triesLeft)
        .setParameter(2, usedUp)
        .setParameter(3, codeId)
        .executeUpdate();
  }

  @Override
  public void use(long codeId) {
    em.createNativeQuery(PendingSql.USE_CODE).setParameter(1, codeId).executeUpdate();
  }

  /** A BOOLEAN column comes back as Boolean or as a number, depending on database and driver. */
  private static boolean isTrue(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof Number n && n.intValue() != 0;
  }
}
