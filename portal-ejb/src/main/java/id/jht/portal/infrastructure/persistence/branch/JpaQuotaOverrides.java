package id.jht.portal.infrastructure.persistence.branch;

import id.jht.portal.domain.model.branch.QuotaOverride;
import id.jht.portal.domain.model.branch.QuotaOverrides;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Quota overrides in native SQL: a read joins three tables (override, session default, counter) and
 * the lock must be the allocator's own {@code SELECT ... FOR UPDATE} on the counter row, neither of
 * which JPQL over the entities expresses.
 */
@ApplicationScoped
public class JpaQuotaOverrides extends JpaRepository implements QuotaOverrides {

  private static final String SELECT =
      "SELECT q.id, q.branch_id, q.service_date, q.session_code, q.quota, s.default_quota,"
          + " COALESCE(c.issued, 0) FROM quota_override q"
          + " JOIN service_session s ON s.branch_id = q.branch_id"
          + "   AND s.session_code = q.session_code"
          + " LEFT JOIN queue_counter c ON c.branch_id = q.branch_id"
          + "   AND c.service_date = q.service_date AND c.session_code = q.session_code";

  @Override
  public List<QuotaOverride> from(long branchId, LocalDate from) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                SELECT
                    + " WHERE q.branch_id = ?1 AND q.service_date >= ?2"
                    + " ORDER BY q.service_date, q.session_code")
            .setParameter(1, branchId)
            .setParameter(2, from)
            .getResultList();
    return rows.stream().map(JpaQuotaOverrides::override).toList();
  }

  @Override
  public Optional<QuotaOverride> find(long overrideId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SELECT + " WHERE q.id = ?1")
            .setParameter(1, overrideId)
            .getResultList();
    return rows.stream().map(JpaQuotaOverrides::override).findFirst();
  }

  /** The allocator's lock: see {@code TicketAllocator}, which takes it before issuing a number. */
  @Override
  public int lockIssued(long branchId, LocalDate date, String sessionCode) {
    List<?> issued =
        em.createNativeQuery(
                "SELECT issued FROM queue_counter WHERE branch_id = ?1 AND service_date = ?2"
                    + " AND session_code = ?3 FOR UPDATE")
            .setParameter(1, branchId)
            .setParameter(2, date)
            .setParameter(3, sessionCode)
            .getResultList();
    return issued.isEmpty() ? 0 : ((Number) issued.get(0)).intValue();
  }

  @Override
  public void put(long branchId, LocalDate date, String sessionCode, int quota) {
    List<?> existing =
        em.createNativeQuery(
                "SELECT id FROM quota_override WHERE branch_id = ?1 AND service_date = ?2"
                    + " AND session_code = ?3")
            .setParameter(1, branchId)
            .setParameter(2, date)
            .setParameter(3, sessionCode)
            .getResultList();
    if (existing.isEmpty()) {
      em.createNativeQuery(
              "INSERT INTO quota_override (branch_id, service_date, session_code, quota)"
                  + " VALUES (?1, ?2, ?3, ?4)")
          .setParameter(1, branchId)
          .setParameter(2, date)
          .setParameter(3, sessionCode)
          .setParameter(4, quota)
          .executeUpdate();
    } else {
      em.createNativeQuery("UPDATE quota_override SET quota = ?1 WHERE id = ?2")
          .setParameter(1, quota)
          .setParameter(2, ((Number) existing.get(0)).longValue())
          .executeUpdate();
    }
  }

  @Override
  public void remove(long overrideId) {
    em.createNativeQuery("DELETE FROM quota_override WHERE id = ?1")
        .setParameter(1, overrideId)
        .executeUpdate();
  }

  private static QuotaOverride override(Object[] r) {
    return new QuotaOverride(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        date(r[2]),
        r[3].toString().trim(),
        ((Number) r[4]).intValue(),
        ((Number) r[5]).intValue(),
        ((Number) r[6]).intValue());
  }

  /** Connector/J gives {@code LocalDate} or {@code java.sql.Date}, H2 may give either. */
  private static LocalDate date(Object value) {
    return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
  }
}
