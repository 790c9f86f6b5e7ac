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
}
