package id.jht.portal.application.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads semicolon-separated values, the CSV flavour spreadsheets write in Indonesian locales (where
 * the comma is the decimal separator). Values may be quoted with {@code "}: a quoted value may
 * contain semicolons, line breaks and doubled quotes ({@code ""}). A byte order mark at the start
 * is ignored; blank lines are skipped but still counted, so line numbers match the editor's.
 */
public final class SemicolonCsv {

  private SemicolonCsv() {}

  public static List<CsvRecord> parse(String text) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<CsvRecord> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    boolean afterQuote = false;
    boolean recordHasContent = false;
    int line = 1;
    int recordLine = 1;
    int i = 0;
    while (i < content.length()) {
      char c = content.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
            value.append('"');
            i++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          value.append(c);
        }
      } else if (c == ';') {
        fields.add(value.toString());
        value.setLength(0);
        afterQuote = false;
        recordHasContent = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
          i++;
        }
        if (recordHasContent || value.length() > 0 || afterQuote) {
          fields.add(value.toString());
          records.add(new CsvRecord(recordLine, fields, false));
        }
        fields = new ArrayList<>();
        value.setLength(0);
        afterQuote = false;
        recordHasContent = false;
        line++;
        recordLine = line;
      } else if (c == '"' && value.length() == 0 && !afterQuote) {
        quoted = true;
        recordHasContent = true;
      } else {
        value.append(c);
      }
      i++;
    }
    if (quoted || recordHasContent || value.length() > 0 || afterQuote) {
      fields.add(value.toString());
      records.add(new CsvRecord(recordLine, fields, quoted));
    }
    return records;
  }
}
