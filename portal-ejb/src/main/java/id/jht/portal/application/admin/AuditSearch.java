package id.jht.portal.application.admin;

import id.jht.portal.application.audit.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Searching and exporting the audit trail, newest first (by id: timestamps are whole seconds).
 * Administrators only; an export is itself audited.
 */
@Stateless
public class AuditSearch {

  /** Dates of the search are days in WIB. */
  static final ZoneId SEARCH_ZONE = ZoneId.of("Asia/Jakarta");

  /** An export stops here; a larger one should be narrowed down first. */
  public static final int MAX_EXPORT_ROWS = 100_000;

  private static final int EXPORT_PAGE = 1000;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject AdminAccess access;
  @Inject AuditTrail audit;

  public long count(AuditQuery query, String clientAddress) {
    access.administrator(clientAddress);
    Where where = where(query);
    Query count = em.createNativeQuery("SELECT COUNT(*) FROM audit_event" + where.sql());
    where.bind(count);
    return ((Number) count.getSingleResult()).longValue();
  }

  public List<AuditRow> find(AuditQuery query, int first, int max, String clientAddress) {
    access.administrator(clientAddress);
    return page(query, first, Math.min(max, 500));
  }

  /** The actions recorded so far, for the search's choice list. */
  public List<String> actions(String clientAddress) {
    access.administrator(clientAddress);
    return em.createQuery(
            "SELECT DISTINCT a.action FROM AuditEvent a ORDER BY a.action", String.class)
        .getResultList();
  }

  /**
   * Writes the matching lines as CSV, newest first, at most {@link #MAX_EXPORT_ROWS}.
   *
   * @return how many lines were written
   */
  public int export(AuditQuery query, Writer out, String clientAddress) {
    AdminCaller caller = access.administrator(clientAddress);
    CsvWriter csv = new CsvWriter(out).bom();
    csv.row(
        "id",
        "occurred_at",
        "actor",
        "actor_role",
        "action",
        "target_type",
        "target_id",
        "branch_id",
        "detail",
        "client_address");
    int written = 0;
    List<AuditRow> rows;
    do {
      rows = page(query, written, Math.min(EXPORT_PAGE, MAX_EXPORT_ROWS - written));
      for (AuditRow r : rows) {
        csv.row(
            r.id(),
            r.occurredAt(),
            r.actor(),
            r.actorRole(),
            r.action(),
            r.targetType(),
            r.targetId(),
            r.branchId(),
            r.detail(),
            r.clientAddress());
      }
      written += rows.size();
    } while (rows.size() == EXPORT_PAGE && written < MAX_EXPORT_ROWS);
    audit.record(
        caller.actor(), "AUDIT_EXPORT", "AUDIT", null, describe(query) + ", rows " + written);
    return written;
  }

  private List<AuditRow> page(AuditQuery query, int first, int max) {
    if (max <= 0) {
      return List.of();
    }
    Where where = where(query);
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
    return rows.stream().map(AuditSearch::row).toList();
  }

  /**
   * The search's conditions in SQL with positional parameters. Native SQL because the times are
   * compared as the UTC {@code DATETIME} values the entities store.
   */
  private static Where where(AuditQuery query) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (query.actor() != null && !query.actor().isBlank()) {
      params.add("%" + query.actor().strip().toLowerCase(Locale.ROOT) + "%");
      conditions.add("LOWER(actor) LIKE ?" + params.size());
    }
    if (query.action() != null && !query.action().isBlank()) {
      params.add(query.action().strip());
      conditions.add("action = ?" + params.size());
    }
    if (query.from() != null) {
      params.add(SqlValues.utc(startOf(query.from())));
      conditions.add("occurred_at >= ?" + params.size());
    }
    if (query.to() != null) {
      params.add(SqlValues.utc(startOf(query.to().plusDays(1))));
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

  private static Instant startOf(java.time.LocalDate day) {
    return day.atStartOfDay(SEARCH_ZONE).toInstant();
  }

  private static String describe(AuditQuery q) {
    return "actor "
        + (q.actor() == null ? "" : q.actor())
        + ", action "
        + (q.action() == null ? "" : q.action())
        + ", from "
        + q.from()
        + ", to "
        + q.to();
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
