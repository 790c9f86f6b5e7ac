package id.jht.portal.application.admin;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line the physical line the record starts on, counted from 1
 * @param fields the values, unquoted
 * @param unterminatedQuote true when a quoted value ran to the end of the file
 */
public record CsvRecord(int line, List<String> fields, boolean unterminatedQuote) {

  public CsvRecord {
    fields = List.copyOf(fields);
  }
}
