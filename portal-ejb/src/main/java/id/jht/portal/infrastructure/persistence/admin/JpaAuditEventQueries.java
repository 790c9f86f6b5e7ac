package id.jht.portal.infrastructure.persistence.admin;

import id.jht.portal.application.admin.AuditEventQueries;
import id.jht.portal.application.admin.AuditFilter;
import id.jht.portal.application.admin.AuditRow;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import id.jht.portal.infrastructure.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The audit search in native SQL: times are compared as the UTC {@code DATETIME} values the
 * entities store, and newest first means by id (timestamps are whole seconds on MariaDB).
 */
@ApplicationScoped
public class JpaAuditEventQueries extends JpaRepository implements AuditEventQueries {

  @Override
  public long count(AuditFilter filter) {
    Where where = where(filter);
    Query count = em.createNativeQuery("SELECT COUNT(*) FROM audit_event" + where.sql());
    where.bind(count);
    return ((Number) count.getSingleResult()).longValue();
  }

  @Override
  public List<AuditRow> page(AuditFilter filter, int first, int max) {
    if (max <= 0) {
      return List.of();
    }
    Where where = where(filter);
    Query select =
        em.createNativeQuery(
            "SELECT id, occurred_at, actor, actor_role, action, target_type, target_id,"
                + " branch_id, detail, client_address FROM audit_event"
                + where.sql()
                + " ORDER BY id DESC LIMIT "
                + max
                + " OFFSET "
                + Math.max(0, first));
    where.bind(select);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = select.getResultList();
    return rows.stream().map(JpaAuditEventQueries::row).toList();
  }

  @Override
  public List<String> actions() {
    return em.createQuery(
            "SELECT DISTINCT a.action FROM AuditEvent a ORDER BY a.action", String.class)
        .getResultList();
  }

  /** The filter's conditions with positional parameters. */
  private static Where where(AuditFilter filter) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (filter.actorContains() != null && !filter.actorContains().isBlank()) {
      params.add("%" + filter.actorContains().strip().toLowerCase(Locale.ROOT) + "%");
      conditions.add("LOWER(actor) LIKE ?" + params.size());
    }
    if (filter.action() != null && !filter.action().isBlank()) {
      params.add(filter.action().strip());
      conditions.add("action = ?" + params.size());
    }
    if (filter.from() != null) {
      params.add(SqlValues.utc(filter.from()));
      conditions.add("occurred_at >= ?" + params.size());
    }
    if (filter.until() != null) {
      params.add(SqlValues.utc(filter.until()));
      conditions.add("occurred_at < ?" + params.size());
    }
    String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return new Where(sql, params);
  }

  private record Where(String sql, List<Object> params) {
    void bind(Query query) {
      for (int i = 0; i < params.size(); i++) {
        query.setParameter(i + 1, params.get(i));
      }
    }
  }

  private static AuditRow row(Object[] r) {
    return new AuditRow(
        ((Number) r[0]).longValue(),
        SqlValues.instant(r[1]),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        r[7] == null ? null : ((Number) r[7]).longValue(),
        (String) r[8],
        (String) r[9]);
  }
}
