package id.jht.portal.application.admin;

import id.jht.portal.application.audit.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

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

  @Inject AuditEventQueries events;
  @Inject AdminAccess access;
  @Inject AuditTrail audit;

  public long count(AuditQuery query, String clientAddress) {
    access.administrator(clientAddress);
    return events.count(filter(query));
  }

  public List<AuditRow> find(AuditQuery query, int first, int max, String clientAddress) {
    access.administrator(clientAddress);
    return page(query, first, Math.min(max, 500));
  }

  /** The actions recorded so far, for the search's choice list. */
  public List<String> actions(String clientAddress) {
    access.administrator(clientAddress);
    return events.actions();
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
    return events.page(filter(query), first, max);
  }

  /** The query's days are WIB days: from the start of the first to the start of the day after. */
  private static AuditFilter filter(AuditQuery query) {
    return new AuditFilter(
        query.actor(),
        query.action(),
        query.from() == null ? null : startOf(query.from()),
        query.to() == null ? null : startOf(query.to().plusDays(1)));
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
}
