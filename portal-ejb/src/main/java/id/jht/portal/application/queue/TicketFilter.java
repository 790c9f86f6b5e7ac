package id.jht.portal.application.queue;

import java.io.Serializable;
import java.util.Locale;

/**
 * What the board's table is filtered by; each part may be null (no filter).
 *
 * @param numberContains part of a ticket number; anything but letters, digits and dashes is
 *     dropped, so it can never act as a LIKE wildcard
 */
public record TicketFilter(String sessionCode, String status, String numberContains)
    implements Serializable {

  public static final TicketFilter NONE = new TicketFilter(null, null, null);

  public TicketFilter {
    sessionCode = blankToNull(sessionCode);
    status = blankToNull(status);
    numberContains =
        numberContains == null
            ? null
            : blankToNull(numberContains.replaceAll("[^A-Za-z0-9-]", "").toUpperCase(Locale.ROOT));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
