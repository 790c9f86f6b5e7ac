package id.jht.portal.application.pendingclaim;

import static id.jht.portal.domain.shared.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReleaseCodesTest {

  @Test
  void codesAreSixDigitsAndVary() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String code = ReleaseCodes.generate();
      assertTrue(code.matches("[0-9]{6}"), code);
      seen.add(code);
    }
    assertTrue(seen.size() > 190, "codes repeat far too often: " + seen.size());
  }

  @Test
  void aCodeMatchesOnlyItsOwnParticipantsHash() {
    String stored = ReleaseCodes.hash(7L, "012345");
    assertEquals(64, stored.length());
    assertTrue(ReleaseCodes.matches(7L, "012345", stored));
    assertFalse(ReleaseCodes.matches(7L, "012346", stored));
    assertFalse(ReleaseCodes.matches(8L, "012345", stored));
    assertFalse(ReleaseCodes.matches(7L, "012345", null));
    assertNotEquals(stored, ReleaseCodes.hash(8L, "012345"));
  }

  @Test
  void aTypedCodeIsSixDigitsAfterTrimming() {
    assertEquals("004711", ReleaseCodes.normalize(" 004711 "));
    assertInvalid(() -> ReleaseCodes.normalize("4711"), "code", "pending.release.codeMalformed");
    assertInvalid(() -> ReleaseCodes.normalize("12 345"), "code", "pending.release.codeMalformed");
    assertInvalid(() -> ReleaseCodes.normalize(null), "code", "pending.release.codeMalformed");
  }
}
