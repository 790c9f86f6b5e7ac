package id.jht.portal.it.support;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Waiting queue tickets put straight into the test database, as if participants of the demo data
 * had booked: a queued claim each, the ticket, and the session's counter.
 */
public final class QueueTickets {

  private QueueTickets() {}

  /**
   * Books {@code count} demo participants of the branch into a session of {@code day}.
   *
   * @return the ticket numbers, in queue order
   */
  public static List<String> book(String branchCode, LocalDate day, String session, int count) {
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      long branchId = branchId(c, branchCode);
      int issued = issued(c, branchId, day, session);
      List<long[]> people = unbookedParticipants(c, branchId, count);
      Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).withNano(0));
      List<String> numbers = new ArrayList<>();
      for (long[] person : people) {
        long claimId = insertClaim(c, person[0], person[1], branchId, day, session, now);
        int sequence = ++issued;
        String number =
            branchCode
                + "-"
                + day.format(DateTimeFormatter.ofPattern("yyMMdd"))
                + "-"
                + session
                + String.format("%03d", sequence);
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO queue_ticket (claim_id, branch_id, service_date, session_code,"
                    + " sequence_no, ticket_number, booking_code, status, active_participant_id,"
                    + " created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, 1)")) {
          ps.setLong(1, claimId);
          ps.setLong(2, branchId);
          ps.setDate(3, Date.valueOf(day));
          ps.setString(4, session);
          ps.setInt(5, sequence);
          ps.setString(6, number);
          ps.setString(7, bookingCode(claimId));
          ps.setLong(8, person[0]);
          ps.setTimestamp(9, now);
          ps.executeUpdate();
        }
        numbers.add(number);
      }
      saveIssued(c, branchId, day, session, issued);
      c.commit();
      return numbers;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot book test tickets", e);
    }
  }

  /** Another desk calls a ticket, as a second officer would: ticket and call log. */
  public static void callElsewhere(String ticketNumber, String desk) {
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      long ticketId;
      long branchId;
      Date day;
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT id, branch_id, service_date FROM queue_ticket WHERE ticket_number = ?")) {
        ps.setString(1, ticketNumber);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          ticketId = rs.getLong(1);
          branchId = rs.getLong(2);
          day = rs.getDate(3);
        }
      }
      Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).withNano(0));
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE queue_ticket SET status = 'CALLED', desk = ?, called_by = 'petugas.lain',"
                  + " called_at = ? WHERE id = ?")) {
        ps.setString(1, desk);
        ps.setTimestamp(2, now);
        ps.setLong(3, ticketId);
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO queue_call (ticket_id, branch_id, service_date, desk, called_by,"
                  + " called_at) VALUES (?, ?, ?, ?, 'petugas.lain', ?)")) {
        ps.setLong(1, ticketId);
        ps.setLong(2, branchId);
        ps.setDate(3, day);
        ps.setString(4, desk);
        ps.setTimestamp(5, now);
        ps.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot call a test ticket", e);
    }
  }

  private static long branchId(Connection c, String code) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM branch_office WHERE code = ?")) {
      ps.setString(1, code);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static int issued(Connection c, long branchId, LocalDate day, String session)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT issued FROM queue_counter WHERE branch_id = ? AND service_date = ?"
                + " AND session_code = ?")) {
      ps.setLong(1, branchId);
      ps.setDate(2, Date.valueOf(day));
      ps.setString(3, session);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  private static void saveIssued(
      Connection c, long branchId, LocalDate day, String session, int issued) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE queue_counter SET issued = ? WHERE branch_id = ? AND service_date = ?"
                + " AND session_code = ?")) {
      update.setInt(1, issued);
      update.setLong(2, branchId);
      update.setDate(3, Date.valueOf(day));
      update.setString(4, session);
      if (update.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO queue_counter (branch_id, service_date, session_code, issued)"
                + " VALUES (?, ?, ?, ?)")) {
      insert.setLong(1, branchId);
      insert.setDate(2, Date.valueOf(day));
      insert.setString(3, session);
      insert.setInt(4, issued);
      insert.executeUpdate();
    }
  }

  /** Participants of the branch without an open claim, each with their first membership. */
  private static List<long[]> unbookedParticipants(Connection c, long branchId, int count)
      throws SQLException {
    List<long[]> people = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT p.id, MIN(m.id) FROM participant p JOIN membership m ON m.participant_id = p.id"
                + " WHERE p.home_branch_id = ? AND NOT EXISTS (SELECT 1 FROM claim cl"
                + " WHERE cl.open_participant_id = p.id) GROUP BY p.id ORDER BY p.id LIMIT ?")) {
      ps.setLong(1, branchId);
      ps.setInt(2, count);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          people.add(new long[] {rs.getLong(1), rs.getLong(2)});
        }
      }
    }
    if (people.size() < count) {
      throw new IllegalStateException("not enough demo participants at branch " + branchId);
    }
    return people;
  }

  private static long insertClaim(
      Connection c,
      long participantId,
      long membershipId,
      long branchId,
      LocalDate day,
      String session,
      Timestamp now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO claim (participant_id, membership_id, open_participant_id, status,"
                + " step_reached, reason, branch_id, service_date, session_code,"
                + " declaration_accepted, created_at, last_activity_at, submitted_at,"
                + " abandon_count, version)"
                + " VALUES (?, ?, ?, 'QUEUED', 7, 'RESIGNATION', ?, ?, ?, TRUE, ?, ?, ?, 0, 1)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, participantId);
      ps.setLong(2, membershipId);
      ps.setLong(3, participantId);
      ps.setLong(4, branchId);
      ps.setDate(5, Date.valueOf(day));
      ps.setString(6, session);
      ps.setTimestamp(7, now);
      ps.setTimestamp(8, now);
      ps.setTimestamp(9, now);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Unique per claim and made of the booking-code alphabet; real codes are random. */
  private static String bookingCode(long claimId) {
    String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    StringBuilder code = new StringBuilder("TEST");
    long n = claimId;
    for (int i = 0; i < 6; i++) {
      code.append(alphabet.charAt((int) (n % alphabet.length())));
      n /= alphabet.length();
    }
    return code.toString();
  }
}
