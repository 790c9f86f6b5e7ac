package id.jht.portal.infrastructure.document;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A number of bytes as people read it, in the page's language: "6 MB" for a limit of whole
 * megabytes, "1,0 MB" (Indonesian) or "1.0 MB" (English) for a file, "420 KB" below a megabyte. A
 * message argument of its own type so that no formatter mistakes it for an amount of money (a plain
 * {@code Long} is shown as Rupiah on the portal's pages).
 *
 * @param bytes the size, not negative
 */
public record FileSize(long bytes) {

  private static final long KB = 1024;
  private static final long MB = 1024 * 1024;

  public FileSize {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must not be negative");
    }
  }

  /** The size with its unit, the digits and the decimal separator of {@code locale}'s language. */
  public String format(Locale locale) {
    NumberFormat number = NumberFormat.getNumberInstance(locale);
    if (bytes >= MB && bytes % MB == 0) {
      number.setMaximumFractionDigits(0);
      return number.format(bytes / MB) + " MB";
    }
    if (bytes >= MB) {
      number.setMinimumFractionDigits(1);
      number.setMaximumFractionDigits(1);
      return number.format(bytes / (double) MB) + " MB";
    }
    number.setMaximumFractionDigits(0);
    return number.format(Math.max(1, bytes / KB)) + " KB";
  }
}
