package id.jht.portal.application.booking;

import id.jht.portal.application.texts.Texts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The appointment as an iCalendar file (RFC 5545) for the participant's calendar app: one event
 * naming the branch, the date and the session. Written by hand rather than with ical4j: one fixed
 * event of seven properties needs only the format's escaping, line folding and UTC times, and
 * ical4j would bring its own time-zone database into the WAR.
 *
 * <p>The UID is the booking's ticket-independent identity (the booking code, which a reschedule
 * keeps) and SEQUENCE the ticket's id, which only grows: a calendar that imported the first file
 * moves the same event when it imports the file of a reschedule.
 */
final class CalendarInvite {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final int MAX_OCTETS = 75;

  private CalendarInvite() {}

  /** The file's name as the participant sees it. */
  static String fileName(BookingSnapshot booking) {
    return "jadwal-klaim-jht-" + booking.ticketNumber().replaceAll("[^A-Za-z0-9-]", "") + ".ics";
  }

  /** The file for the booking; times are the session's, in the branch's zone, written in UTC. */
  static String of(BookingSnapshot booking, Instant now) {
    LocalTime start = booking.sessionStart() == null ? LocalTime.of(8, 0) : booking.sessionStart();
    LocalTime end = booking.sessionEnd() == null ? start.plusHours(1) : booking.sessionEnd();
    Instant from = booking.serviceDate().atTime(start).atZone(booking.zone()).toInstant();
    Instant to = booking.serviceDate().atTime(end).atZone(booking.zone()).toInstant();
    String session =
        ConfirmationTexts.BOOKING.text(
            Texts.INDONESIAN,
            "booking.calendar.session",
            booking.sessionCode(),
            ConfirmationTexts.times(start, end, booking.zone()));
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VCALENDAR");
    lines.add("VERSION:2.0");
    lines.add("PRODID:-//BPJS Ketenagakerjaan//JHT claim portal//ID");
    lines.add("CALSCALE:GREGORIAN");
    lines.add("METHOD:PUBLISH");
    lines.add("BEGIN:VEVENT");
    lines.add("UID:" + booking.bookingCode().value() + "@jht-portal");
    lines.add("SEQUENCE:" + booking.ticketId());
    lines.add("DTSTAMP:" + UTC.format(now.truncatedTo(ChronoUnit.SECONDS)));
    lines.add("DTSTART:" + UTC.format(from));
    lines.add("DTEND:" + UTC.format(to));
    lines.add(
        "SUMMARY:"
            + text(
                ConfirmationTexts.BOOKING.text(
                    Texts.INDONESIAN, "booking.calendar.summary", booking.branchName(), session)));
    lines.add("LOCATION:" + text(booking.branchName() + ", " + booking.branchAddress()));
    lines.add(
        "DESCRIPTION:"
            + text(
                ConfirmationTexts.BOOKING.text(
                    Texts.INDONESIAN,
                    "booking.calendar.description",
                    booking.ticketNumber(),
                    booking.bookingCode().formatted(),
                    booking.branchName(),
                    ConfirmationTexts.schedule(booking, Texts.INDONESIAN))));
    lines.add("END:VEVENT");
    lines.add("END:VCALENDAR");
    StringBuilder file = new StringBuilder();
    for (String line : lines) {
      file.append(fold(line)).append("\r\n");
    }
    return file.toString();
  }

  /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11). */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n");
  }

  /**
   * Folds a content line after at most 75 octets, continuation lines starting with a space (RFC
   * 5545, 3.1); never inside a UTF-8 character.
   */
  static String fold(String line) {
    StringBuilder folded = new StringBuilder();
    int octets = 0;
    int limit = MAX_OCTETS;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      String character = new String(Character.toChars(codePoint));
      int size = character.getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        folded.append("\r\n ");
        octets = 0;
        limit = MAX_OCTETS - 1; // the leading space counts
      }
      folded.append(character);
      octets += size;
      i += Character.charCount(codePoint);
    }
    return folded.toString();
  }
}
