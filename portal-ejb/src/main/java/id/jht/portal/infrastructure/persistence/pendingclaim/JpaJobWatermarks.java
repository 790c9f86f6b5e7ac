package id.jht.portal.infrastructure.persistence.pendingclaim;

import id.jht.portal.application.pendingclaim.JobWatermarks;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import id.jht.portal.infrastructure.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code job_watermark} rows in native SQL. The mark moves forward by a guarded update ({@code
 * ... AND mark_at < ?}), never back; a first mark is inserted, and the primary key on the job's
 * name refuses a second node's insert of the same first mark.
 */
@ApplicationScoped
public class JpaJobWatermarks extends JpaRepository implements JobWatermarks {

  @Override
  public Optional<Instant> watermark(String job) {
    List<?> rows = em.createNativeQuery(PendingSql.WATERMARK).setParameter(1, job).getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(SqlValues.instant(rows.get(0)));
  }

  @Override
  public void advance(String job, Instant mark) {
    int updated =
        em.createNativeQuery(PendingSql.ADVANCE_WATERMARK)
            .setParameter(1, SqlValues.utc(mark))
            .setParameter(2, job)
            .executeUpdate();
    if (updated == 0 && watermark(job).isEmpty()) {
      em.createNativeQuery(PendingSql.INSERT_WATERMARK)
          .setParameter(1, job)
          .setParameter(2, SqlValues.utc(mark))
          .executeUpdate();
    }
  }
}
