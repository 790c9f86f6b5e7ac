package id.jht.portal.domain.shared;

/**
 * Masks identifying numbers for display and logs, the way the agency shows KPJ hints: first two and
 * last two characters visible, everything in between replaced by {@code '*'}, length unchanged.
 */
public final class Masking {

  private static final int VISIBLE_AT_EACH_END = 2;

  private Masking() {}

  /**
   * Masks a digit string, e.g. {@code 3174011501900001} becomes {@code 31************01}.
   *
   * <p>Strings of four characters or fewer are masked completely, because showing two at each end
   * would show everything. {@code null} gives an empty string, so callers can log safely.
   */
  public static String mask(String digits) {
    if (digits == null) {
      return "";
    }
    int length = digits.length();
    if (length <= 2 * VISIBLE_AT_EACH_END) {
      return "*".repeat(length);
    }
    return digits.substring(0, VISIBLE_AT_EACH_END)
        + "*".repeat(length - 2 * VISIBLE_AT_EACH_END)
        + digits.substring(length - VISIBLE_AT_EACH_END);
  }

  /**
   * Masks a person's name word by word, the first letter of each word visible: {@code Siti Aminah}
   * becomes {@code S*** A*****}. Enough for the participant to recognise a value typed earlier,
   * never enough to learn it. {@code null} gives an empty string.
   */
  public static String maskName(String name) {
    if (name == null) {
      return "";
    }
    StringBuilder masked = new StringBuilder();
    for (String word : name.trim().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (masked.length() > 0) {
        masked.append(' ');
      }
      masked.append(word.charAt(0)).append("*".repeat(Math.max(word.length() - 1, 1)));
    }
    return masked.toString();
  }
}
