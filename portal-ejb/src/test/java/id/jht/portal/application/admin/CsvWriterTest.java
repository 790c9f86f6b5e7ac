package id.jht.portal.application.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void valuesAreSeparatedBySemicolonsAndQuotedWhenNeeded() {
    StringWriter out = new StringWriter();
    new CsvWriter(out).row("plain", "a;b", "say \"hi\"", null, 42L);

    assertEquals("plain;\"a;b\";\"say \"\"hi\"\"\";;42\r\n", out.toString());
  }

  @Test
  void formulaLikeTextIsDisarmedButNumbersAreNot() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvWriter.cell("=HYPERLINK(\"x\")"));
    assertEquals("'+62812", CsvWriter.cell("+62812"));
    assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)"));
    assertEquals("-5", CsvWriter.cell(-5));
  }

  @Test
  void theByteOrderMarkComesFirst() {
    StringWriter out = new StringWriter();
    new CsvWriter(out).bom().row("x");

    assertEquals("\uFEFFx\r\n", out.toString());
  }
}
