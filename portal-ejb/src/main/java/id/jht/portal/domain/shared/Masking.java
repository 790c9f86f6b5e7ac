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
}
