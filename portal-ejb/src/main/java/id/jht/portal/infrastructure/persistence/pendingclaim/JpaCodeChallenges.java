package id.jht.portal.infrastructure.persistence.pendingclaim;

import id.jht.portal.domain.model.onetimecode.CodeChallenge;
import id.jht.portal.domain.model.onetimecode.CodeChallenges;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import id.jht.portal.infrastructure.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code code_challenge} rows in native SQL (the table has no entity). Expired rows are dropped
 * when a new one is stored: a range delete on the expiry's index, so no sweeper job is needed.
 */
@ApplicationScoped
public class JpaCodeChallenges extends JpaRepository implements CodeChallenges {

  @Override
  public void add(CodeChallenge challenge, Instant now) {
    em.createNativeQuery(PendingSql.DROP_EXPIRED_CHALLENGES)
        .setParameter(1, SqlValues.utc(now))
        .executeUpdate();
    em.createNativeQuery(PendingSql.INSERT_CHALLENGE)
        .setParameter(1, challenge.id())
        .setParameter(2, challenge.purpose())
        .setParameter(3, challenge.participantId())
        .setParameter(4, challenge.maskedNik())
        .setParameter(5, challenge.maskedKpj())
        .setParameter(6, SqlValues.utc(challenge.expiresAt()))
        .setParameter(7, SqlValues.utc(now))
        .executeUpdate();
  }

  @Override
  public Optional<CodeChallenge> find(long id, String purpose) {
    List<?> rows =
        em.createNativeQuery(PendingSql.FIND_CHALLENGE)
            .setParameter(1, id)
            .setParameter(2, purpose)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new CodeChallenge(
            id,
            purpose,
            SqlValues.id(row[0]),
            (String) row[1],
            (String) row[2],
            SqlValues.instant(row[3])));
  }

  @Override
  public void remove(long id) {
    em.createNativeQuery(PendingSql.REMOVE_CHALLENGE).setParameter(1, id).executeUpdate();
  }
}
