package id.jht.portal.application.verification;

import id.jht.portal.domain.shared.Masking;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Audit details built from what officers type: long digit runs are masked (an officer may paste a
 * NIK, KPJ or account number into a reason, and none of them may land in a log in full), and the
 * text is cut to the column's length.
 */
final class AuditDetails {

  static final int MAX_LENGTH = 1000;

  /** Eleven digits is the shortest identifying number (a KPJ); shorter runs are left alone. */
  private static final Pattern LONG_NUMBER = Pattern.compile("\\d{11,}");

  private AuditDetails() {}

  static String of(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = LONG_NUMBER.matcher(text);
    StringBuilder masked = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(masked, Masking.mask(m.group()));
    }
    m.appendTail(masked);
    return masked.length() <= MAX_LENGTH ? masked.toString() : masked.substring(0, MAX_LENGTH);
  }
}
