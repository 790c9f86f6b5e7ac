package id.jht.portal.application.queue;

import id.jht.portal.domain.model.queue.NoShowRule;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Message;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Officers' queue actions on a connection, in the caller's transaction: call the next waiting
 * ticket to a desk, mark a ticket as no-show.
 *
 * <p>Two officers never get the same ticket, on MySQL 8, MariaDB and H2 alike: candidates are read
 * in queue order without locks, and each is claimed with a guarded {@code UPDATE ... WHERE id = ?
 * AND status = 'WAITING'} whose row count says whether this officer got it. The update locks only
 * that row (by primary key); an officer who meets a ticket another is taking waits for that commit,
 * finds it no longer waiting and goes on to the next candidate. Candidates may be stale (InnoDB's
 * repeatable-read snapshot can predate other officers' calls); the guard makes that harmless and
 * the scan moves on batch by batch, so it always ends.
 *
 * <p>Not {@code SELECT ... FOR UPDATE SKIP LOCKED}: under repeatable read InnoDB locks every row a
 * locking read scans (all of a small table), so the other officers skip them all and see an empty
 * queue; H2 applies {@code LIMIT} before skipping locked rows, with the same result.
 */
public final class TicketCaller {

  /** Candidates read at a time; more than the officers of a branch calling at once. */
  private static final int BATCH = 10;

  /**
   * Calls the oldest waiting ticket (lowest sequence number; with no session given, the earliest
   * session first) of a branch's day to the officer's desk, and records the call. The claim moves
   * from QUEUED to CALLED, with a CALLED event on its timeline.
   *
   * @param sessionCode the session to call from, or {@code null} for any
   * @return the called ticket, or empty when nobody is waiting
   */
  public Optional<CalledTicket> callNext(
      Connection c,
      long branchId,
      LocalDate serviceDate,
      String sessionCode,
      String officer,
      String desk,
      Instant now)
      throws SQLException {
    Candidate after = null;
    while (true) {
      List<Candidate> batch = waiting(c, branchId, serviceDate, sessionCode, after);
      if (batch.isEmpty()) {
        return Optional.empty();
      }
      for (Candidate ticket : batch) {
        if (markCalled(c, ticket.id(), officer, desk, now)) {
          long callId = recordCall(c, ticket.id(), branchId, serviceDate, officer, desk, now);
          moveClaimToCalled(c, ticket.claimId(), now);
          addClaimEvent(c, ticket.claimId(), "CALLED", officer, desk, now);
          return Optional.of(
              new CalledTicket(
                  ticket.id(),
                  ticket.claimId(),
                  ticket.sessionCode(),
                  ticket.sequenceNo(),
                  ticket.ticketNumber(),
                  desk,
                  callId));
        }
      }
      after = batch.get(batch.size() - 1);
    }
  }

  /**
   * Marks a waiting or called ticket as no-show: it keeps its number and frees the person for a new
   * booking. A NO_SHOW event goes on the claim's timeline. Only on the service day once the session
   * has begun ({@link NoShowRule}).
   *
   * @return false if the ticket was no longer waiting or called
   * @throws InvalidValueException field {@code ticket}: the rule's refusal
   */
  public boolean markNoShow(Connection c, long ticketId, String officer, Instant now)
      throws SQLException {
    Optional<Long> claim;
    Optional<Message> refusal = Optional.empty();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT t.claim_id, t.service_date, s.start_time, b.time_zone FROM queue_ticket t"
                + " JOIN branch_office b ON b.id = t.branch_id"
                + " LEFT JOIN service_session s ON s.branch_id = t.branch_id"
                + " AND s.session_code = t.session_code"
                + " WHERE t.id = ?")) {
      ps.setLong(1, ticketId);
      try (ResultSet rs = ps.executeQuery()) {
        claim = rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        if (claim.isPresent()) {
          java.sql.Time start = rs.getTime(3);
          refusal =
              NoShowRule.refusal(
                  rs.getDate(2).toLocalDate(),
                  start == null ? null : start.toLocalTime(),
                  ZoneId.of(rs.getString(4)),
                  now);
        }
      }
    }
    if (claim.isEmpty()) {
      return false;
    }
    if (refusal.isPresent()) {
      throw new InvalidValueException("ticket", refusal.get());
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE queue_ticket SET status = 'NO_SHOW', active_participant_id = NULL,"
                + " version = version + 1 WHERE id = ? AND status IN ('WAITING', 'CALLED')")) {
      ps.setLong(1, ticketId);
      if (ps.executeUpdate() != 1) {
        return false;
      }
    }
    addClaimEvent(c, claim.get(), "NO_SHOW", officer, null, now);
    return true;
  }

  /** The branch a ticket belongs to, for authorisation before acting on it. */
  public static Optional<Long> branchOf(Connection c, long ticketId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT branch_id FROM queue_ticket WHERE id = ?")) {
      ps.setLong(1, ticketId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  /** Waiting tickets in queue order (session, then number), after {@code after} if given. */
  private static List<Candidate> waiting(
      Connection c, long branchId, LocalDate serviceDate, String sessionCode, Candidate after)
      throws SQLException {
    String sql =
        "SELECT id, claim_id, session_code, sequence_no, ticket_number FROM queue_ticket"
            + " WHERE branch_id = ? AND service_date = ? AND status = 'WAITING'"
            + (sessionCode == null ? "" : " AND session_code = ?")
            + (after == null
                ? ""
                : " AND (session_code > ? OR (session_code = ? AND sequence_no > ?))")
            + " ORDER BY session_code, sequence_no LIMIT "
            + BATCH;
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
      List<Candidate> candidates = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          candidates.add(
              new Candidate(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3).trim(),
                  rs.getInt(4),
                  rs.getString(5)));
        }
      }
      return candidates;
    }
  }

  private static boolean markCalled(
      Connection c, long ticketId, String officer, String desk, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE queue_ticket SET status = 'CALLED', called_by = ?, desk = ?, called_at = ?,"
                + " version = version + 1 WHERE id = ? AND status = 'WAITING'")) {
      ps.setString(1, officer);
      ps.setString(2, desk);
      ps.setTimestamp(3, utc(now));
      ps.setLong(4, ticketId);
      return ps.executeUpdate() == 1;
    }
  }

  private static long recordCall(
      Connection c,
      long ticketId,
      long branchId,
      LocalDate serviceDate,
      String officer,
      String desk,
      Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO queue_call (ticket_id, branch_id, service_date, desk, called_by,"
                + " called_at) VALUES (?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, ticketId);
      ps.setLong(2, branchId);
      ps.setDate(3, Date.valueOf(serviceDate));
      ps.setString(4, desk);
      ps.setString(5, officer);
      ps.setTimestamp(6, utc(now));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void moveClaimToCalled(Connection c, long claimId, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE claim SET status = 'CALLED', last_activity_at = ?, version = version + 1"
                + " WHERE id = ? AND status = 'QUEUED'")) {
      ps.setTimestamp(1, utc(now));
      ps.setLong(2, claimId);
      ps.executeUpdate();
    }
  }

  private static void addClaimEvent(
      Connection c, long claimId, String type, String officer, String desk, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO claim_event (claim_id, event_type, occurred_at, actor, note)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      ps.setLong(1, claimId);
      ps.setString(2, type);
      ps.setTimestamp(3, utc(now));
      ps.setString(4, officer);
      ps.setString(5, desk);
      ps.executeUpdate();
    }
  }

  /** Whole seconds, UTC wall clock: what the JPA converter stores too. */
  static Timestamp utc(Instant instant) {
    return Timestamp.valueOf(
        LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
  }

  private record Candidate(
      long id, long claimId, String sessionCode, int sequenceNo, String ticketNumber) {}
}
