package id.jht.portal.application.queue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The readable queue number: branch code, service date as yyMMdd, session code and a 3-digit
 * sequence, e.g. {@code SDA-261123-B017}. Unique per branch, day and session by construction; the
 * database enforces it through (branch, date, session, sequence).
 */
public final class TicketNumber {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd");

  private TicketNumber() {}

  public static String format(
      String branchCode, LocalDate serviceDate, String sessionCode, int sequenceNo) {
    if (sequenceNo < 1) {
      throw new IllegalArgumentException("sequence numbers start at 1");
    }
    return String.format(
        "%s-%s-%s%03d", branchCode, serviceDate.format(DATE), sessionCode, sequenceNo);
  }
}
