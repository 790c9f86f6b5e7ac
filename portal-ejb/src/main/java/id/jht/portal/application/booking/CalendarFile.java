package id.jht.portal.application.booking;

/**
 * The appointment's iCalendar file for download.
 *
 * @param fileName e.g. {@code jadwal-klaim-jht-SDA-261123-B017.ics}
 * @param ics the file's text (CRLF line ends, UTF-8)
 */
public record CalendarFile(String fileName, String ics) {

  /** The media type of an iCalendar file that is published, not an invitation to answer. */
  public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
}
