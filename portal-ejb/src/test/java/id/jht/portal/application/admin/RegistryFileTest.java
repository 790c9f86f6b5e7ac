package id.jht.portal.application.admin;

import static id.jht.portal.application.admin.RegistryTestLines.BUDI;
import static id.jht.portal.application.admin.RegistryTestLines.RINA;
import static id.jht.portal.application.admin.RegistryTestLines.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistryFileTest {

  private static final Set<String> BRANCHES = Set.of("JSL", "SDA");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @Test
  void theHeaderIsSkippedAndLinesKeepTheirNumbers() {
    RegistryFile.Checked checked =
        check(RegistryColumns.HEADER + "\n" + BUDI + "\n\n" + with(RINA, "gender", "X") + "\n");

    assertEquals(2, checked.dataLines());
    assertEquals(1, checked.valid().size());
    assertEquals(2, checked.valid().get(0).line());
    assertEquals(1, checked.rejectedLines());
    assertEquals(4, checked.problems().get(0).line());
    assertEquals("gender", checked.problems().get(0).field());
  }

  @Test
  void aKpjRepeatedInTheFileIsRefusedFromItsSecondLine() {
    String again = with(RINA, "kpj", "12345678901");

    RegistryFile.Checked checked = check(BUDI + "\n" + again);

    assertEquals(List.of(1), checked.valid().stream().map(RegistryRecord::line).toList());
    LineProblem problem = checked.problems().get(0);
    assertEquals(2, problem.line());
    assertEquals("admin.import.kpjRepeated", problem.message().key());
    assertEquals(List.of("1"), problem.message().args());
  }

  @Test
  void aHeaderWithOtherColumnsRefusesTheWholeFile() {
    RegistryFile.Checked checked = check("nik;name;kpj\n" + BUDI + "\n" + RINA);

    assertEquals(0, checked.valid().size());
    assertEquals(2, checked.rejectedLines());
    assertEquals("admin.import.headerMismatch", checked.problems().get(0).message().key());
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedRatherThanGuessed() {
    byte[] latin1 = ("Budi;Jos\u00e9").getBytes(StandardCharsets.ISO_8859_1);

    RegistryFile.Checked checked = RegistryFile.check(latin1, BRANCHES, TODAY);

    assertEquals("admin.import.notUtf8", checked.problems().get(0).message().key());
    assertEquals("file", checked.problems().get(0).field());
  }

  @Test
  void anEmptyFileSaysSo() {
    assertEquals(
        "admin.import.empty",
        check(RegistryColumns.HEADER + "\n").problems().get(0).message().key());
  }

  private static RegistryFile.Checked check(String text) {
    return RegistryFile.check(text.getBytes(StandardCharsets.UTF_8), BRANCHES, TODAY);
  }
}
