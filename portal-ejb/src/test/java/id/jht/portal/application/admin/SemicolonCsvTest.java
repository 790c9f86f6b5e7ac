package id.jht.portal.application.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SemicolonCsvTest {

  @Test
  void splitsOnSemicolonsAndNumbersLinesAsAnEditorDoes() {
    List<CsvRecord> records = SemicolonCsv.parse("a;b;c\r\n\r\nd;;f\n");

    assertEquals(2, records.size());
    assertEquals(List.of("a", "b", "c"), records.get(0).fields());
    assertEquals(1, records.get(0).line());
    assertEquals(List.of("d", "", "f"), records.get(1).fields());
    assertEquals(3, records.get(1).line(), "the blank line still counts");
  }

  @Test
  void quotedValuesKeepSemicolonsQuotesAndLineBreaks() {
    List<CsvRecord> records =
        SemicolonCsv.parse("\"PT \"\"Maju\"\"; Tbk\";\"two\nlines\";x\nnext;1");

    assertEquals(List.of("PT \"Maju\"; Tbk", "two\nlines", "x"), records.get(0).fields());
    assertEquals(1, records.get(0).line());
    assertEquals(3, records.get(1).line(), "the record after a quoted line break");
  }

  @Test
  void aByteOrderMarkIsIgnoredAndALastLineWithoutBreakIsRead() {
    List<CsvRecord> records = SemicolonCsv.parse("\uFEFFnik;kpj");

    assertEquals(List.of("nik", "kpj"), records.get(0).fields());
  }

  @Test
  void aQuoteLeftOpenIsFlaggedOnTheRecord() {
    List<CsvRecord> records = SemicolonCsv.parse("ok;1\n\"never closed;2\n");

    assertFalse(records.get(0).unterminatedQuote());
    assertTrue(records.get(1).unterminatedQuote());
    assertEquals(2, records.get(1).line());
  }

  @Test
  void trailingEmptyValueIsKept() {
    assertEquals(List.of("a", ""), SemicolonCsv.parse("a;\n").get(0).fields());
  }

  @Test
  void textAfterAClosingQuoteStaysInTheValue() {
    assertEquals(List.of("PT Maju", "x"), SemicolonCsv.parse("\"PT\" Maju;x\n").get(0).fields());
  }

  @Test
  void whatTheWriterWritesTheReaderReadsBack() {
    java.io.StringWriter out = new java.io.StringWriter();
    new CsvWriter(out).row("a;b", "two\nlines", "say \"hi\"").row("next", "", "3");

    List<CsvRecord> records = SemicolonCsv.parse(out.toString());
    assertEquals(List.of("a;b", "two\nlines", "say \"hi\""), records.get(0).fields());
    assertEquals(List.of("next", "", "3"), records.get(1).fields());
    assertEquals(3, records.get(1).line());
  }
}
