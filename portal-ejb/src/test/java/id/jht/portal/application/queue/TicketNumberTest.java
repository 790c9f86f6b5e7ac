package id.jht.portal.application.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TicketNumberTest {

  @Test
  void isBranchDateSessionAndThreeDigitSequence() {
    assertEquals(
        "SDA-261123-B017", TicketNumber.format("SDA", LocalDate.of(2026, 11, 23), "B", 17));
    assertEquals("DJJ-270104-A001", TicketNumber.format("DJJ", LocalDate.of(2027, 1, 4), "A", 1));
  }

  @Test
  void aSequenceBeyondNineHundredNinetyNineStillReadsWhole() {
    assertEquals(
        "SBY-261123-C1000", TicketNumber.format("SBY", LocalDate.of(2026, 11, 23), "C", 1000));
  }

  @Test
  void sequencesStartAtOne() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TicketNumber.format("SDA", LocalDate.of(2026, 11, 23), "A", 0));
  }
}
