package id.jht.portal.application.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarInviteTest {

  private static BookingSnapshot booking() {
    return SampleBookings.ticketB017(
        "Makassar", "Jl. Jend. Sudirman No. 1, Makassar; lantai 2", ZoneId.of("Asia/Makassar"));
  }

  @Test
  void oneEventAtTheSessionsTimeInUtcNamingBranchDateAndSession() {
    String ics = CalendarInvite.of(booking(), Instant.parse("2026-11-20T03:00:00.123Z"));
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
    assertTrue(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"), ics);
    String unfolded = ics.replace("\r\n ", "");
    List<String> lines = Arrays.asList(unfolded.split("\r\n"));
    // 10.00 WITA (UTC+8) is 02.00 UTC.
    assertTrue(lines.contains("DTSTART:20261123T020000Z"), unfolded);
    assertTrue(lines.contains("DTEND:20261123T040000Z"), unfolded);
    assertTrue(lines.contains("DTSTAMP:20261120T030000Z"), unfolded);
    assertTrue(lines.contains("UID:K7QXM3PRT9@jht-portal"), unfolded);
    assertTrue(
        lines.contains(
            "SUMMARY:Verifikasi klaim JHT\\, Kantor Cabang Makassar\\, Sesi B (10.00-12.00"
                + " WITA)"),
        unfolded);
    assertTrue(
        lines.contains("LOCATION:Makassar\\, Jl. Jend. Sudirman No. 1\\, Makassar\\; lantai 2"),
        unfolded);
    assertTrue(unfolded.contains("Kode pemesanan: K7QX-M3PR-T9"), unfolded);
    assertTrue(unfolded.contains("Senin\\, 23 November 2026"), unfolded);
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
    }
  }

  @Test
  void foldingNeverSplitsACharacterAndContinuesWithASpace() {
    String line = "DESCRIPTION:" + "é".repeat(60);
    String folded = CalendarInvite.fold(line);
    for (String part : folded.split("\r\n")) {
      assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part);
    }
    assertEquals(line, folded.replace("\r\n ", ""));
  }

  @Test
  void textValuesEscapeTheirSpecialCharacters() {
    assertEquals("a\\\\b\\;c\\,d\\ne", CalendarInvite.text("a\\b;c,d\ne"));
  }
}
