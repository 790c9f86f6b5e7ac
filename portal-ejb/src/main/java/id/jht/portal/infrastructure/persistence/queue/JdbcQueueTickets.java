package id.jht.portal.infrastructure.persistence.queue;

import id.jht.portal.domain.model.queue.QueueTickets;
import id.jht.portal.domain.model.queue.TicketStatus;
import id.jht.portal.infrastructure.persistence.JdbcRepository;
import id.jht.portal.infrastructure.persistence.JdbcStatements;
import id.jht.portal.infrastructure.persistence.SqlErrors;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code queue_ticket} and {@code queue_call} rows. The allocation calls these under the
 * counter row's lock it already holds (the counter first, then the tickets); the officers' calls
 * rely on the guarded updates alone: {@code ... WHERE id = ? AND status = 'WAITING'} locks only
 * that row, and its row count says whether this officer got the ticket.
 */
@ApplicationScoped
public class JdbcQueueTickets extends JdbcRepository implements QueueTickets {

  protected JdbcQueueTickets() {}

  /** On the caller's connection, in the caller's transaction (tests, the bench). */
  public JdbcQueueTickets(Connection connection) {
    super(connection);
  }

  @Override
  public Optional<String> activeTicketNumber(long participantId) {
    return one(
        "SELECT ticket_number FROM queue_ticket WHERE active_participant_id = ?",
        rs -> rs.getString(1),
        participantId);
  }

  @Override
  public Optional<HeldTicket> lockActive(long participantId) {
    return one(
        "SELECT id, claim_id, status, branch_id, service_date, session_code, booking_code"
            + " FROM queue_ticket WHERE active_participant_id = ? FOR UPDATE",
        rs ->
            new HeldTicket(
                rs.getLong(1),
                rs.getLong(2),
                TicketStatus.valueOf(rs.getString(3)),
                rs.getLong(4),
                rs.getDate(5).toLocalDate(),
                rs.getString(6),
                rs.getString(7)),
        participantId);
  }

  @Override
  public Optional<String> lockBookingCode(long ticketId, long claimId) {
    return one(
        "SELECT booking_code FROM queue_ticket WHERE id = ? AND claim_id = ? FOR UPDATE",
        rs -> rs.getString(1),
        ticketId,
        claimId);
  }

  @Override
  public void setBookingCode(long ticketId, String code) {
    update(
        "set the booking code",
        "UPDATE queue_ticket SET booking_code = ? WHERE id = ?",
        code,
        ticketId);
  }

  @Override
  public void setStatus(long ticketId, TicketStatus status, Long activeParticipantId) {
    update(
        "change the ticket's status",
        "UPDATE queue_ticket SET status = ?, active_participant_id = ?,"
            + " version = version + 1 WHERE id = ?",
        status.name(),
        activeParticipantId,
        ticketId);
  }

  @Override
  public Insertion insert(NewTicket t) {
    return run(
        "store the queue ticket",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO queue_ticket (claim_id, branch_id, service_date, session_code,"
                      + " sequence_no, ticket_number, booking_code, status, active_participant_id,"
                      + " created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, 1)",
                  Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, t.claimId());
            ps.setLong(2, t.session().branchId());
            ps.setDate(3, Date.valueOf(t.session().serviceDate()));
            ps.setString(4, t.session().sessionCode());
            ps.setInt(5, t.sequenceNo());
            ps.setString(6, t.ticketNumber());
            ps.setString(7, t.bookingCode());
            ps.setLong(8, t.participantId());
            ps.setTimestamp(9, UtcSeconds.of(t.createdAt()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
              if (!keys.next()) {
                throw new SQLException("no id generated for the new queue ticket");
              }
              return Insertion.stored(keys.getLong(1));
            }
          } catch (SQLException e) {
            if (SqlErrors.isDuplicateKey(e) && SqlErrors.names(e, "uq_ticket_booking")) {
              return Insertion.refused(Insertion.Refusal.BOOKING_CODE_TAKEN);
            }
            if (SqlErrors.isDuplicateKey(e) && SqlErrors.names(e, "uq_ticket_active_participant")) {
              return Insertion.refused(Insertion.Refusal.PERSON_ALREADY_ACTIVE);
            }
            throw e;
          }
        });
  }

  @Override
  public Optional<Long> branchOf(long ticketId) {
    return one("SELECT branch_id FROM queue_ticket WHERE id = ?", rs -> rs.getLong(1), ticketId);
  }

  @Override
  public List<WaitingTicket> waiting(
      long branchId, LocalDate serviceDate, String sessionCode, WaitingTicket after, int limit) {
    String sql =
        "SELECT id, claim_id, session_code, sequence_no, ticket_number FROM queue_ticket"
            + " WHERE branch_id = ? AND service_date = ? AND status = 'WAITING'"
            + (sessionCode == null ? "" : " AND session_code = ?")
            + (after == null
                ? ""
                : " AND (session_code > ? OR (session_code = ? AND sequence_no > ?))")
            + " ORDER BY session_code, sequence_no LIMIT "
            + Math.max(1, limit);
    return run(
        "read the waiting tickets",
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setLong(i++, branchId);
            ps.setDate(i++, Date.valueOf(serviceDate));
            if (sessionCode != null) {
              ps.setString(i++, sessionCode);
            }
            if (after != null) {
              ps.setString(i++, after.sessionCode());
              ps.setString(i++, after.sessionCode());
              ps.setInt(i, after.sequenceNo());
            }
            List<WaitingTicket> candidates = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                candidates.add(
                    new WaitingTicket(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3).trim(),
                        rs.getInt(4),
                        rs.getString(5)));
              }
            }
            return candidates;
          }
        });
  }

  @Override
  public boolean markCalled(long ticketId, String officer, String desk, Instant at) {
    return update(
            "call the ticket",
            "UPDATE queue_ticket SET status = 'CALLED', called_by = ?, desk = ?, called_at = ?,"
                + " version = version + 1 WHERE id = ? AND status = 'WAITING'",
            officer,
            desk,
            UtcSeconds.of(at),
            ticketId)
        == 1;
  }

  @Override
  public long recordCall(
      long ticketId,
      long branchId,
      LocalDate serviceDate,
      String officer,
      String desk,
      Instant at) {
    return run(
        "record the call",
        c ->
            JdbcStatements.insert(
                c,
                "INSERT INTO queue_call (ticket_id, branch_id, service_date, desk, called_by,"
                    + " called_at) VALUES (?, ?, ?, ?, ?, ?)",
                ticketId,
                branchId,
                Date.valueOf(serviceDate),
                desk,
                officer,
                UtcSeconds.of(at)));
  }

  @Override
  public Optional<NoShowFacts> noShowFacts(long ticketId) {
    return one(
        "SELECT t.claim_id, t.service_date, s.start_time, b.time_zone FROM queue_ticket t"
            + " JOIN branch_office b ON b.id = t.branch_id"
            + " LEFT JOIN service_session s ON s.branch_id = t.branch_id"
            + " AND s.session_code = t.session_code"
            + " WHERE t.id = ?",
        rs -> {
          Time start = rs.getTime(3);
          return new NoShowFacts(
              rs.getLong(1),
              rs.getDate(2).toLocalDate(),
              start == null ? null : start.toLocalTime(),
              ZoneId.of(rs.getString(4)));
        },
        ticketId);
  }

  @Override
  public boolean markNoShow(long ticketId) {
    return update(
            "mark the ticket a no-show",
            "UPDATE queue_ticket SET status = 'NO_SHOW', active_participant_id = NULL,"
                + " version = version + 1 WHERE id = ? AND status IN ('WAITING', 'CALLED')",
            ticketId)
        == 1;
  }

  /** Reads one row into a value. */
  @FunctionalInterface
  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> Optional<T> one(String sql, Row<T> row, Object... keys) {
    return run(
        "read the queue ticket",
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
              ps.setObject(i + 1, keys[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
            }
          }
        });
  }
}
