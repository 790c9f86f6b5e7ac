package id.jht.portal.interfaces.web.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParticipantPassTest {

  private static final Instant ISSUED = Instant.parse("2026-12-07T06:00:00Z");

  @Test
  void aPassReadsBackAsWritten() {
    ParticipantPass pass = new ParticipantPass(42L, 7L, 1001L, false, ISSUED);
    assertEquals(Optional.of(pass), ParticipantPass.parse(pass.payload()));
    ParticipantPass choosing = new ParticipantPass(42L, 7L, null, true, ISSUED);
    assertEquals("p1|42|7||1|" + ISSUED.getEpochSecond(), choosing.payload());
    assertEquals(Optional.of(choosing), ParticipantPass.parse(choosing.payload()));
  }

  @Test
  void anythingElseIsNoPass() {
    assertTrue(ParticipantPass.parse("p0|42|7||0|1").isEmpty(), "another version");
    assertTrue(ParticipantPass.parse("p1||7||0|1").isEmpty(), "nobody identified");
    assertTrue(ParticipantPass.parse("p1|x|7||0|1").isEmpty());
    assertTrue(ParticipantPass.parse("p1|42|7|0|1").isEmpty(), "a field missing");
    assertTrue(ParticipantPass.parse("").isEmpty());
  }

  @Test
  void renewingKeepsEverythingButTheTime() {
    ParticipantPass pass = new ParticipantPass(42L, 7L, 1001L, true, ISSUED);
    Instant later = ISSUED.plusSeconds(90);
    assertEquals(new ParticipantPass(42L, 7L, 1001L, true, later), pass.renewedAt(later));
  }
}
