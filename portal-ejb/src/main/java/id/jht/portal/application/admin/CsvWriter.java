package id.jht.portal.application.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV for spreadsheets with Apache Commons CSV, in the format {@link SemicolonCsv} reads
 * (semicolon-separated: what Indonesian-locale spreadsheets expect; values quoted when needed).
 * What the library does not do is the formula guard: cells that a spreadsheet would run as a
 * formula ({@code = + - @}, tab, carriage return) are prefixed with an apostrophe, so that an
 * exported audit line typed by somebody else cannot execute anything on the administrator's
 * computer.
 */
public final class CsvWriter {

  private final Writer out;
  private final CSVPrinter printer;

  public CsvWriter(Writer out) {
    this.out = out;
    try {
      this.printer = new CSVPrinter(out, SemicolonCsv.FORMAT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a byte order mark, so spreadsheets read the file as UTF-8. */
  public CsvWriter bom() {
    try {
      out.write('\uFEFF');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public CsvWriter row(List<?> values) {
    try {
      printer.printRecord(values.stream().map(CsvWriter::disarmed).toList());
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public CsvWriter row(Object... values) {
    return row(Arrays.asList(values));
  }

  /** One value as it appears in the file. */
  static String cell(Object value) {
    return SemicolonCsv.FORMAT.format(disarmed(value));
  }

  private static String disarmed(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && !(value instanceof Number) && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
