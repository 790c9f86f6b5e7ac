package id.jht.portal.application.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Registry import lines for tests: valid by default, one column changed at a time. */
public final class RegistryTestLines {

  /** Budi, male, born 15 January 1990 in Jakarta: NIK digits 7-12 are 150190. */
  public static final String BUDI =
      "3173011501900001;12345678901;Budi Santoso;Jakarta;1990-01-15;L;Siti Aminah;"
          + "budi@example.co.id;081234567890;JSL;PT Maju Jaya;2012-03-01;NON_ACTIVE;2026-01-31;"
          + "25000000";

  /** Rina, female, born 3 July 1985: day 03 + 40 = 43, so digits 7-12 are 430785. */
  public static final String RINA =
      "3515024307850002;22345678902;Rina Wulandari;Sidoarjo;1985-07-03;P;Sumarni;;;SDA;"
          + "CV Sentosa;2010-05-10;ACTIVE;;41500000";

  private RegistryTestLines() {}

  /** {@code line} with the value of {@code column} replaced. */
  public static String with(String line, String column, String value) {
    List<String> fields = new ArrayList<>(Arrays.asList(line.split(";", -1)));
    fields.set(RegistryColumns.ALL.indexOf(column), value);
    return String.join(";", fields);
  }

  public static CsvRecord record(int lineNumber, String line) {
    return new CsvRecord(lineNumber, Arrays.asList(line.split(";", -1)), false);
  }
}
