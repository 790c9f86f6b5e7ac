package id.jht.portal.it.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A strict reader of the iCalendar files the portal writes (RFC 5545): it refuses what a lenient
 * calendar app might let pass, so a test that reads a file with it proves the file is well formed.
 * Checked: CRLF line ends only, content lines of at most 75 octets, folding with one space,
 * property names, BEGIN/END nesting, the calendar's VERSION and PRODID, one VEVENT with UID,
 * DTSTAMP, DTSTART and DTEND in UTC, DTEND after DTSTART, and TEXT escapes. Answers the event's
 * properties, unfolded and unescaped.
 */
public final class StrictIcs {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Set<String> TEXT = Set.of("SUMMARY", "LOCATION", "DESCRIPTION");

  private StrictIcs() {}

  /** The one event's properties. */
  public static Map<String, String> event(byte[] file) {
    String text = new String(file, StandardCharsets.UTF_8);
    if (!text.endsWith("\r\n")) {
      throw new IllegalArgumentException("the file does not end with CRLF");
    }
    String[] physical = text.substring(0, text.length() - 2).split("\r\n", -1);
    StringBuilder current = null;
    List<String> logical = new java.util.ArrayList<>();
    for (String line : physical) {
      if (line.contains("\r") || line.contains("\n")) {
        throw new IllegalArgumentException("a bare CR or LF: " + line);
      }
      if (line.getBytes(StandardCharsets.UTF_8).length > 75) {
        throw new IllegalArgumentException("a line longer than 75 octets: " + line);
      }
      if (line.startsWith(" ")) {
        if (current == null) {
          throw new IllegalArgumentException("a continuation without a line before it");
        }
        current.append(line.substring(1));
      } else {
        if (current != null) {
          logical.add(current.toString());
        }
        current = new StringBuilder(line);
      }
    }
    logical.add(current.toString());

    Deque<String> open = new ArrayDeque<>();
    Map<String, String> calendar = new HashMap<>();
    Map<String, String> event = null;
    int events = 0;
    for (String line : logical) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("not a content line: " + line);
      }
      String name = line.substring(0, colon);
      String value = line.substring(colon + 1);
      if (!name.matches("[A-Z][A-Z0-9-]*")) {
        throw new IllegalArgumentException(
            "a property name with parameters or bad letters: " + name);
      }
      if (name.equals("BEGIN")) {
        if (open.isEmpty() && !value.equals("VCALENDAR")) {
          throw new IllegalArgumentException("the file does not start with VCALENDAR");
        }
        if (value.equals("VEVENT")) {
          event = new HashMap<>();
          events++;
        }
        open.push(value);
        continue;
      }
      if (name.equals("END")) {
        if (open.isEmpty() || !open.pop().equals(value)) {
          throw new IllegalArgumentException("END:" + value + " does not close what is open");
        }
        continue;
      }
      if (open.isEmpty()) {
        throw new IllegalArgumentException("a property outside VCALENDAR: " + line);
      }
      Map<String, String> target = "VEVENT".equals(open.peek()) ? event : calendar;
      if (target.put(name, TEXT.contains(name) ? unescape(value) : value) != null) {
        throw new IllegalArgumentException("a property twice: " + name);
      }
    }
    if (!open.isEmpty()) {
      throw new IllegalArgumentException("not closed: " + open);
    }
    if (!"2.0".equals(calendar.get("VERSION")) || calendar.get("PRODID") == null) {
      throw new IllegalArgumentException("VERSION 2.0 and PRODID are required: " + calendar);
    }
    if (events != 1) {
      throw new IllegalArgumentException("expected one event, got " + events);
    }
    for (String required : List.of("UID", "DTSTAMP", "DTSTART", "DTEND")) {
      if (event.get(required) == null) {
        throw new IllegalArgumentException("the event has no " + required);
      }
    }
    if (!utc(event.get("DTEND")).isAfter(utc(event.get("DTSTART")))) {
      throw new IllegalArgumentException("the event ends before it starts");
    }
    utc(event.get("DTSTAMP"));
    return event;
  }

  /** A DATE-TIME in UTC form, e.g. {@code 20261123T020000Z}. */
  public static Instant utc(String value) {
    return Instant.from(UTC.parse(value));
  }

  private static String unescape(String value) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == ';') {
        throw new IllegalArgumentException("an unescaped " + c + " in a TEXT value: " + value);
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (++i == value.length()) {
        throw new IllegalArgumentException("a lone backslash at the end: " + value);
      }
      char escaped = value.charAt(i);
      switch (escaped) {
        case 'n', 'N' -> out.append('\n');
        case '\\', ';', ',' -> out.append(escaped);
        default -> throw new IllegalArgumentException("an unknown escape \\" + escaped);
      }
    }
    return out.toString();
  }
}
