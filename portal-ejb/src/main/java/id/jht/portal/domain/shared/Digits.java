package id.jht.portal.domain.shared;

/**
 * Small checks on digit strings. Only the ASCII digits {@code 0-9} count: {@link
 * Character#isDigit(char)} would also accept Arabic-Indic and other digits, which no Indonesian
 * registry number contains.
 */
public final class Digits {

  private Digits() {}

  /** True when the text is non-empty and consists of ASCII digits only. */
  public static boolean isDigits(CharSequence text) {
    if (text == null || text.length() == 0) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** True when the text is non-empty and every character is {@code '0'}. */
  public static boolean isAllZeros(CharSequence text) {
    if (text == null || text.length() == 0) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  /** The text with leading and trailing white space removed; {@code null} becomes empty. */
  public static String stripped(String text) {
    return text == null ? "" : text.strip();
  }

  /**
   * The text, stripped, when it is a non-empty run of digits: the first check of every number a
   * person types.
   *
   * @throws InvalidValueException for {@code field} with {@code emptyKey} or {@code notDigitsKey}
   */
  public static String required(String text, String field, String emptyKey, String notDigitsKey) {
    String value = stripped(text);
    if (value.isEmpty()) {
      throw InvalidValueException.of(field, emptyKey);
    }
    if (!isDigits(value)) {
      throw InvalidValueException.of(field, notDigitsKey);
    }
    return value;
  }

  /**
   * Refuses digits of another length than the number has.
   *
   * @throws InvalidValueException for {@code field} with {@code wrongLengthKey} and the number of
   *     digits given as its argument
   */
  public static void requireLength(String digits, int length, String field, String wrongLengthKey) {
    if (digits.length() != length) {
      throw InvalidValueException.of(field, wrongLengthKey, digits.length());
    }
  }
}
