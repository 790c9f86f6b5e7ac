package id.jht.portal.application.queue;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * A booking code as stored: ten characters of {@link BookingCodeGenerator#ALPHABET}. Shown as
 * {@code K7QX-M3PR-T9}; typed input is accepted with or without dashes and spaces, in any case.
 */
public record BookingCode(String value) implements Serializable {

  public BookingCode {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("not a booking code");
    }
  }

  /** Reads what a participant typed; empty if it cannot be a booking code. */
  public static Optional<BookingCode> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return isWellFormed(compact) ? Optional.of(new BookingCode(compact)) : Optional.empty();
  }

  /** Grouped 4-4-2 for reading aloud and copying: {@code K7QX-M3PR-T9}. */
  public String formatted() {
    return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
  }

  private static boolean isWellFormed(String value) {
    if (value == null || value.length() != BookingCodeGenerator.LENGTH) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (BookingCodeGenerator.ALPHABET.indexOf(value.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return formatted();
  }
}
