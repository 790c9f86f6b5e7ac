package id.jht.portal.it.support;

import java.sql.Date;
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

  private static final DateTimeFormatter TICKET_DAY = DateTimeFormatter.ofPattern("yyMMdd");

  private QueueTickets() {}

  /**
   * Books {@code count} demo participants of the branch into a session of {@code day}.
   *
   * @return the ticket numbers, in queue order
   */
  public static List<String> book(String branchCode, LocalDate day, String session, int count) {
    try (TestTransaction tx = TestTransaction.begin()) {
      long branchId = tx.number("SELECT id FROM branch_office WHERE code = ?", branchCode);
      Date serviceDate = Date.valueOf(day);
      List<Object[]> counter =
          tx.rows(
              "SELECT issued FROM queue_counter WHERE branch_id = ? AND service_date = ?"
                  + " AND session_code = ?",
              branchId,
              serviceDate,
              session);
      int issued = counter.isEmpty() ? 0 : ((Number) counter.get(0)[0]).intValue();
      Timestamp now = now();
      List<String> numbers = new ArrayList<>();
      for (Object[] person : unbookedParticipants(tx, branchId, count)) {
        long claimId =
            tx.insert(
                "INSERT INTO claim (participant_id, membership_id, open_participant_id, status,"
                    + " step_reached, reason, branch_id, service_date, session_code,"
                    + " declaration_accepted, created_at, last_activity_at, submitted_at,"
                    + " abandon_count, version)"
                    + " VALUES (?, ?, ?, 'QUEUED', 7, 'RESIGNATION', ?, ?, ?, TRUE, ?, ?, ?, 0, 1)",
                person[0],
                person[1],
                person[0],
                branchId,
                serviceDate,
                session,
                now,
                now,
                now);
        int sequence = ++issued;
        String number =
            branchCode + "-" + day.format(TICKET_DAY) + "-" + session + "%03d".formatted(sequence);
        tx.update(
            "INSERT INTO queue_ticket (claim_id, branch_id, service_date, session_code,"
                + " sequence_no, ticket_number, booking_code, status, active_participant_id,"
                + " created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, 1)",
            claimId,
            branchId,
            serviceDate,
            session,
            sequence,
            number,
            bookingCode(claimId),
            person[0],
            now);
        numbers.add(number);
      }
      if (counter.isEmpty()) {
        tx.update(
            "INSERT INTO queue_counter (branch_id, service_date, session_code, issued)"
                + " VALUES (?, ?, ?, ?)",
            branchId,
            serviceDate,
            session,
            issued);
      } else {
        tx.update(
            "UPDATE queue_counter SET issued = ? WHERE branch_id = ? AND service_date = ?"
                + " AND session_code = ?",
            issued,
            branchId,
            serviceDate,
            session);
      }
      tx.commit();
      return numbers;
    }
  }

  /** Another desk calls a ticket, as a second officer would: ticket and call log. */
  public static void callElsewhere(String ticketNumber, String desk) {
    try (TestTransaction tx = TestTransaction.begin()) {
      Object[] ticket =
          tx.row(
              "SELECT id, branch_id, service_date FROM queue_ticket WHERE ticket_number = ?",
              ticketNumber);
      Timestamp now = now();
      tx.update(
          "UPDATE queue_ticket SET status = 'CALLED', desk = ?, called_by = 'petugas.lain',"
              + " called_at = ? WHERE id = ?",
          desk,
          now,
          ticket[0]);
      tx.update(
          "INSERT INTO queue_call (ticket_id, branch_id, service_date, desk, called_by,"
              + " called_at) VALUES (?, ?, ?, ?, 'petugas.lain', ?)",
          ticket[0],
          ticket[1],
          ticket[2],
          desk,
          now);
      tx.commit();
    }
  }

  /** Now in UTC to the second, as the portal stores its times. */
  static Timestamp now() {
    return Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).withNano(0));
  }

  /** Participants of the branch without an open claim, each with their first membership. */
  private static List<Object[]> unbookedParticipants(TestTransaction tx, long branchId, int count) {
    List<Object[]> people =
        tx.rows(
            "SELECT p.id, MIN(m.id) FROM participant p JOIN membership m ON m.participant_id = p.id"
                + " WHERE p.home_branch_id = ? AND NOT EXISTS (SELECT 1 FROM claim cl"
                + " WHERE cl.open_participant_id = p.id) GROUP BY p.id ORDER BY p.id LIMIT ?",
            branchId,
            count);
    if (people.size() < count) {
      throw new IllegalStateException("not enough demo participants at branch " + branchId);
    }
    return people;
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
