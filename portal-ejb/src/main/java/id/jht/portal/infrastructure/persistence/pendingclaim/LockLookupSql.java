package id.jht.portal.infrastructure.persistence.pendingclaim;

import id.jht.portal.domain.model.queue.TicketStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The claim-lock lookup as one statement (portable to MySQL 8, MariaDB 10.11 and H2): the
 * registry's name and the three kinds of lock in one {@code UNION ALL}, so a lookup costs one round
 * trip and one consistent read instead of five queries. Every value is a numbered parameter (the
 * lists of statuses too); the text varies only with whether a KPJ is given and how many statuses
 * are listed, so the driver's statement cache keeps a handful of texts.
 *
 * <p>Columns: group (0 name, 1 pending, 2 submitted, 3 channel), id, status, branch code, branch
 * name, booking code, since, expires at, pending-claim id, claim id, channel code, channel names
 * (id, en), full name.
 */
final class LockLookupSql {

  static final int NAME = 0;
  static final int PENDING = 1;
  static final int SUBMITTED = 2;
  static final int CHANNEL = 3;

  /** Active tickets first, else the latest: the booking code a submitted claim shows. */
  private static final String ACTIVE_TICKETS =
      Arrays.stream(TicketStatus.values())
          .filter(TicketStatus::isActive)
          .map(s -> "'" + s.name() + "'")
          .collect(Collectors.joining(", "));

  private final StringBuilder sql = new StringBuilder();
  private final List<Object> parameters = new ArrayList<>();

  private LockLookupSql() {}

  /** The statement and its parameters, in the order of their numbers. */
  record Statement(String sql, List<Object> parameters) {}

  static Statement locksOf(
      String nik,
      String kpjOrNull,
      List<String> submittedStatuses,
      List<String> channelStatuses,
      long exceptChannelId) {
    LockLookupSql s = new LockLookupSql();
    s.append(
        "SELECT "
            + NAME
            + " AS grp, pa.id AS id, NULL AS status, NULL AS branch_code,"
            + " NULL AS branch_name, NULL AS booking_code, NULL AS since, NULL AS expires_at,"
            + " NULL AS pending_id, NULL AS claim_id, NULL AS channel_code,"
            + " NULL AS channel_name_id, NULL AS channel_name_en, pa.full_name AS full_name"
            + " FROM participant pa WHERE pa.nik = ");
    s.bind(nik);
    s.append(
        " UNION ALL SELECT "
            + PENDING
            + ", p.id, p.status, b.code, b.name, NULL, p.created_at,"
            + " p.expires_at, p.id, p.claim_id, NULL, NULL, NULL, NULL"
            + " FROM pending_claim p JOIN claim c ON c.id = p.claim_id"
            + " JOIN branch_office b ON b.id = p.branch_id"
            + " WHERE p.nik = ");
    s.bind(nik);
    s.append(" AND p.status = 'OPEN' AND c.status = 'DRAFT'");
    if (kpjOrNull != null) {
      s.append(" AND p.kpj = ");
      s.bind(kpjOrNull);
    }
    s.append(
        " UNION ALL SELECT "
            + SUBMITTED
            + ", c.id, c.status, b.code, b.name,"
            + " (SELECT t.booking_code FROM queue_ticket t WHERE t.claim_id = c.id ORDER BY"
            + " CASE WHEN t.status IN ("
            + ACTIVE_TICKETS
            + ") THEN 0 ELSE 1 END, t.id DESC LIMIT 1),"
            + " COALESCE(c.submitted_at, c.created_at), NULL, NULL, c.id, NULL, NULL, NULL, NULL"
            + " FROM claim c JOIN participant pa ON pa.id = c.participant_id"
            + " JOIN membership m ON m.id = c.membership_id"
            + " LEFT JOIN branch_office b ON b.id = COALESCE(c.branch_id, pa.home_branch_id)"
            + " WHERE pa.nik = ");
    s.bind(nik);
    s.append(" AND c.status IN (");
    s.bindAll(submittedStatuses);
    s.append(")");
    if (kpjOrNull != null) {
      s.append(" AND m.kpj = ");
      s.bind(kpjOrNull);
    }
    s.append(
        " UNION ALL SELECT "
            + CHANNEL
            + ", cc.id, cc.status, cc.branch_code, b.name, NULL,"
            + " cc.created_at, NULL, NULL, NULL, ch.code, ch.display_name_id, ch.display_name_en,"
            + " cc.full_name"
            + " FROM channel_claim cc JOIN api_channel ch ON ch.id = cc.channel_id"
            + " LEFT JOIN branch_office b ON b.code = cc.branch_code"
            + " WHERE cc.nik = ");
    s.bind(nik);
    s.append(" AND cc.status IN (");
    s.bindAll(channelStatuses);
    s.append(") AND cc.channel_id <> ");
    s.bind(exceptChannelId);
    if (kpjOrNull != null) {
      s.append(" AND cc.kpj = ");
      s.bind(kpjOrNull);
    }
    s.append(" ORDER BY grp, id");
    return new Statement(s.sql.toString(), List.copyOf(s.parameters));
  }

  private void append(String text) {
    sql.append(text);
  }

  private void bind(Object value) {
    parameters.add(value);
    sql.append('?').append(parameters.size());
  }

  private void bindAll(List<?> values) {
    if (values.isEmpty()) {
      // IN () is not SQL; no status listed means nothing of that kind blocks.
      sql.append("NULL");
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sql.append(", ");
      }
      bind(values.get(i));
    }
  }
}
