package id.jht.portal.application.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV for spreadsheets: semicolon-separated (what Indonesian-locale spreadsheets expect),
 * values quoted when needed, and cells that a spreadsheet would run as a formula ({@code = + - @},
 * tab, carriage return) prefixed with an apostrophe, so that an exported audit line typed by
 * somebody else cannot execute anything on the administrator's computer.
 */
public final class CsvWriter {

  private static final char SEPARATOR = ';';

  private final Writer out;

  public CsvWriter(Writer out) {
    this.out = out;
  }

  /** Writes a byte order mark, so spreadsheets read the file as UTF-8. */
  public CsvWriter bom() {
    write("\uFEFF");
    return this;
  }

  public CsvWriter row(List<?> values) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        line.append(SEPARATOR);
      }
      line.append(cell(values.get(i)));
    }
    line.append("\r\n");
    write(line.toString());
    return this;
  }

  public CsvWriter row(Object... values) {
    return row(java.util.Arrays.asList(values));
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && !(value instanceof Number) && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    boolean quote =
        text.indexOf(SEPARATOR) >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private void write(String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
