package id.jht.portal.infrastructure.persistence.queue;

import id.jht.portal.application.queue.DisplayedCall;
import id.jht.portal.application.queue.QueueBoard;
import id.jht.portal.application.queue.QueueBoardQueries;
import id.jht.portal.application.queue.TicketFilter;
import id.jht.portal.application.queue.TicketRow;
import id.jht.portal.infrastructure.persistence.JdbcRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the queue board and the public display read: counts and pages of the day's tickets. */
@ApplicationScoped
public class JdbcQueueBoardQueries extends JdbcRepository implements QueueBoardQueries {

  /** Calls scanned for the display; far more than the desks of a branch. */
  private static final int RECENT_CALLS = 60;

  protected JdbcQueueBoardQueries() {}

  /** On the caller's connection (tests). */
  public JdbcQueueBoardQueries(Connection connection) {
    super(connection);
  }

  @Override
  public Map<String, Map<String, Integer>> statusCounts(long branchId, LocalDate date) {
    return run("count the tickets", c -> statusCounts(c, branchId, date));
  }

  private static Map<String, Map<String, Integer>> statusCounts(
      Connection c, long branchId, LocalDate date) throws SQLException {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT session_code, status, COUNT(*) FROM queue_ticket"
                + " WHERE branch_id = ? AND service_date = ? GROUP BY session_code, status")) {
      ps.setLong(1, branchId);
      ps.setDate(2, Date.valueOf(date));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts
              .computeIfAbsent(rs.getString(1).trim(), k -> new HashMap<>())
              .put(rs.getString(2), rs.getInt(3));
        }
      }
    }
    return counts;
  }

  @Override
  public List<QueueBoard.BoardDay> openPerDay(long branchId, List<LocalDate> days) {
    return run("count the open tickets", c -> openPerDay(c, branchId, days));
  }

  private static List<QueueBoard.BoardDay> openPerDay(
      Connection c, long branchId, List<LocalDate> days) throws SQLException {
    Map<LocalDate, Integer> open = new HashMap<>();
    if (!days.isEmpty()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT service_date, COUNT(*) FROM queue_ticket WHERE branch_id = ?"
                  + " AND service_date BETWEEN ? AND ? AND status IN ('WAITING', 'CALLED')"
                  + " GROUP BY service_date")) {
        ps.setLong(1, branchId);
        ps.setDate(2, Date.valueOf(days.get(0)));
        ps.setDate(3, Date.valueOf(days.get(days.size() - 1)));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            open.put(rs.getDate(1).toLocalDate(), rs.getInt(2));
          }
        }
      }
    }
    return days.stream().map(d -> new QueueBoard.BoardDay(d, open.getOrDefault(d, 0))).toList();
  }

  @Override
  public int countTickets(long branchId, LocalDate date, TicketFilter filter) {
    List<Object> params = new ArrayList<>();
    String where = where(branchId, date, filter, params);
    return run(
        "count the tickets",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM queue_ticket t" + where)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getInt(1);
            }
          }
        });
  }

  @Override
  public List<TicketRow> tickets(
      long branchId, LocalDate date, TicketFilter filter, int first, int pageSize) {
    return run("read the tickets", c -> tickets(c, branchId, date, filter, first, pageSize));
  }

  private static List<TicketRow> tickets(
      Connection c, long branchId, LocalDate date, TicketFilter filter, int first, int pageSize)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    String where = where(branchId, date, filter, params);
    params.add(Math.max(1, pageSize));
    params.add(Math.max(0, first));
    List<TicketRow> rows = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT t.id, t.session_code, t.sequence_no, t.ticket_number, t.status, p.full_name,"
                + " t.desk, t.called_by,"
                + " (SELECT COUNT(*) FROM claim_document d WHERE d.claim_id = t.claim_id),"
                + " (SELECT COUNT(*) FROM claim_document d WHERE d.claim_id = t.claim_id"
                + " AND d.review_status = 'ACCEPTED'),"
                + " (SELECT COUNT(*) FROM claim_document d WHERE d.claim_id = t.claim_id"
                + " AND d.review_status = 'REUPLOAD'),"
                + " cl.status FROM queue_ticket t"
                + " JOIN claim cl ON cl.id = t.claim_id"
                + " JOIN participant p ON p.id = cl.participant_id"
                + where
                + " ORDER BY t.session_code, t.sequence_no LIMIT ? OFFSET ?")) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new TicketRow(
                  rs.getLong(1),
                  rs.getString(2).trim(),
                  rs.getInt(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  new TicketRow.Documents(rs.getInt(9), rs.getInt(10), rs.getInt(11)),
                  rs.getString(12)));
        }
      }
    }
    return rows;
  }

  @Override
  public List<DisplayedCall> currentCalls(long branchId, LocalDate date, int maxDesks) {
    return run("read the current calls", c -> currentCalls(c, branchId, date, maxDesks));
  }

  private static List<DisplayedCall> currentCalls(
      Connection c, long branchId, LocalDate date, int maxDesks) throws SQLException {
    Map<String, DisplayedCall> latestPerDesk = new LinkedHashMap<>();
    Map<String, Boolean> stillCalled = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT qc.id, t.ticket_number, qc.desk, t.status FROM queue_call qc"
                + " JOIN queue_ticket t ON t.id = qc.ticket_id"
                + " WHERE qc.branch_id = ? AND qc.service_date = ? ORDER BY qc.id DESC LIMIT ?")) {
      ps.setLong(1, branchId);
      ps.setDate(2, Date.valueOf(date));
      ps.setInt(3, RECENT_CALLS);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String desk = rs.getString(3);
          if (!latestPerDesk.containsKey(desk)) {
            latestPerDesk.put(desk, new DisplayedCall(rs.getLong(1), rs.getString(2), desk));
            stillCalled.put(desk, "CALLED".equals(rs.getString(4)));
          }
        }
      }
    }
    return latestPerDesk.values().stream()
        .filter(call -> stillCalled.get(call.desk()))
        .limit(maxDesks)
        .toList();
  }

  private static String where(
      long branchId, LocalDate date, TicketFilter filter, List<Object> params) {
    StringBuilder sql = new StringBuilder(" WHERE t.branch_id = ? AND t.service_date = ?");
    params.add(branchId);
    params.add(Date.valueOf(date));
    if (filter.sessionCode() != null) {
      sql.append(" AND t.session_code = ?");
      params.add(filter.sessionCode());
    }
    if (filter.status() != null) {
      sql.append(" AND t.status = ?");
      params.add(filter.status());
    }
    if (filter.numberContains() != null) {
      sql.append(" AND t.ticket_number LIKE ?");
      params.add("%" + filter.numberContains() + "%");
    }
    return sql.toString();
  }

  private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      ps.setObject(i + 1, params.get(i));
    }
  }
}
