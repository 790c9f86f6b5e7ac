package id.jht.portal.application.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads semicolon-separated values, the CSV flavour spreadsheets write in Indonesian locales (where
 * the comma is the decimal separator), with Apache Commons CSV. Values may be quoted with {@code
 * "}: a quoted value may contain semicolons, line breaks and doubled quotes ({@code ""}). A byte
 * order mark at the start is ignored; blank lines are skipped but still counted, so line numbers
 * match the editor's; a quote left open to the end of the file is reported on the record it opened
 * rather than failing the whole file.
 */
public final class SemicolonCsv {

  /** Text after a closing quote is kept (spreadsheets write {@code "PT" Maju} as one value). */
  static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setDelimiter(';')
          .setRecordSeparator("\r\n")
          .setIgnoreEmptyLines(false)
          .setTrailingData(true)
          .get();

  private SemicolonCsv() {}

  public static List<CsvRecord> parse(String text) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<CsvRecord> records = new ArrayList<>();
    // Commons CSV numbers records, not lines: every physical line starts a record here (blank
    // lines included, since empty lines are not ignored), so a record's line is the previous
    // record's line plus the line breaks inside its quoted values plus one.
    int line = 1;
    try (CSVParser parser = CSVParser.parse(content, FORMAT)) {
      for (CSVRecord record : parser) {
        List<String> fields = record.toList();
        if (!isBlankLine(fields)) {
          records.add(new CsvRecord(line, fields, false));
        }
        line += 1 + lineBreaksIn(fields);
      }
    } catch (UncheckedIOException | IOException e) {
      // The only way the lexer fails on a String is a quoted value that never closes.
      records.add(new CsvRecord(line, List.of(), true));
    }
    return records;
  }

  private static boolean isBlankLine(List<String> fields) {
    return fields.size() == 1 && fields.get(0).isEmpty();
  }

  private static int lineBreaksIn(List<String> fields) {
    int breaks = 0;
    for (String field : fields) {
      for (int i = 0; i < field.length(); i++) {
        char c = field.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n'))) {
          breaks++;
        }
      }
    }
    return breaks;
  }
}
