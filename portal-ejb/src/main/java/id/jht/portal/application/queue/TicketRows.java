package id.jht.portal.application.queue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The {@code queue_ticket} rows {@link TicketAllocator} reads and writes, on its connection and
 * under the locks it already holds (the counter row first, then these): plain JDBC beside the
 * allocator's, split out so that the allocation's decisions read apart from their row plumbing.
 */
final class TicketRows {

  private TicketRows() {}

  /** The code of the claim's earlier ticket, unless it was retired already. */
  static Optional<String> bookingCodeOf(Connection c, long ticketId, long claimId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT booking_code FROM queue_ticket WHERE id = ? AND claim_id = ? FOR UPDATE")) {
      ps.setLong(1, ticketId);
      ps.setLong(2, claimId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? BookingCode.parse(rs.getString(1)).map(BookingCode::value)
            : Optional.empty();
      }
    }
  }

  /** Frees the ticket's code for its successor: {@code ~<id>} is unique and never typed. */
  static void retireCode(Connection c, long ticketId) throws SQLException {
    restoreCode(c, ticketId, TicketAllocator.RETIRED_CODE_PREFIX + ticketId);
  }

  static void restoreCode(Connection c, long ticketId, String code) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE queue_ticket SET booking_code = ? WHERE id = ?")) {
      ps.setString(1, code);
      ps.setLong(2, ticketId);
      ps.executeUpdate();
    }
  }

  static long insertTicket(
      Connection c, AllocationRequest request, int sequenceNo, String number, BookingCode code)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO queue_ticket (claim_id, branch_id, service_date, session_code,"
                + " sequence_no, ticket_number, booking_code, status, active_participant_id,"
                + " created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, 1)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, request.claimId());
      ps.setLong(2, request.branchId());
      ps.setDate(3, Date.valueOf(request.serviceDate()));
      ps.setString(4, request.sessionCode());
      ps.setInt(5, sequenceNo);
      ps.setString(6, number);
      ps.setString(7, code.value());
      ps.setLong(8, request.participantId());
      ps.setTimestamp(
          9,
          Timestamp.valueOf(
              LocalDateTime.ofInstant(
                  request.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no id generated for the new queue ticket");
        }
        return keys.getLong(1);
      }
    }
  }

  static Optional<String> activeTicketNumber(Connection c, long participantId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT ticket_number FROM queue_ticket WHERE active_participant_id = ?")) {
      ps.setLong(1, participantId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  static Optional<HeldTicket> lockActiveTicket(Connection c, long participantId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, claim_id, status, branch_id, service_date, session_code, booking_code"
                + " FROM queue_ticket WHERE active_participant_id = ? FOR UPDATE")) {
      ps.setLong(1, participantId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(
                new HeldTicket(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getDate(5).toLocalDate(),
                    rs.getString(6),
                    rs.getString(7)))
            : Optional.empty();
      }
    }
  }

  static void setStatus(Connection c, long ticketId, String status, Long activeParticipant)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE queue_ticket SET status = ?, active_participant_id = ?, version = version + 1"
                + " WHERE id = ?")) {
      ps.setString(1, status);
      if (activeParticipant == null) {
        ps.setNull(2, Types.BIGINT);
      } else {
        ps.setLong(2, activeParticipant);
      }
      ps.setLong(3, ticketId);
      ps.executeUpdate();
    }
  }

  record HeldTicket(
      long id,
      long claimId,
      String status,
      long branchId,
      LocalDate serviceDate,
      String sessionCode,
      String bookingCode) {}
}
