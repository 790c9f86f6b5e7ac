package id.jht.portal.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseTableTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void oneRowPerCaseWithItsIdentifiers() {
    DemoDataset dataset = DemoDataset.generate(TODAY);
    String table = dataset.describeCases();
    assertTrue(table.contains("| Case | Name | NIK | KPJ | Birth date | What it shows |"), table);
    long rows = table.lines().filter(line -> line.startsWith("| `")).count();
    assertEquals(DemoCase.values().length, rows);
    for (ParticipantSeed participant : dataset.demoParticipants()) {
      String row =
          table
              .lines()
              .filter(line -> line.startsWith("| `" + participant.demoCase() + "`"))
              .findFirst()
              .orElseThrow();
      assertTrue(row.contains(participant.nik()), participant.demoCase());
      assertTrue(row.contains(participant.birthDate().toString()), participant.demoCase());
      participant.memberships().forEach(m -> assertTrue(row.contains(m.kpj())));
      assertEquals(8, row.split("\\|", -1).length, "six cells between pipes: " + row);
    }
  }

  @Test
  void staticVersionMatchesTheDataset() {
    assertEquals(DemoDataset.generate(TODAY).describeCases(), DemoDataset.describeCases(TODAY));
  }

  @Test
  void rupiahUsesIndonesianThousandSeparators() {
    assertEquals("Rp 125.000.000", CaseTable.rupiah(125_000_000L));
    assertEquals("Rp 35.420.150", CaseTable.rupiah(35_420_150L));
  }
}
