package id.jht.portal.domain.model.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.jht.portal.domain.model.participant.MembershipStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembershipFactsTest {

  private static final LocalDate BIRTH = LocalDate.of(1990, 1, 15);
  private static final LocalDate START = LocalDate.of(2012, 5, 1);

  @Test
  void nonActiveMembershipNeedsTheDateItEnded() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new MembershipFacts(
                BIRTH, START, MembershipStatus.NON_ACTIVE, null, 1_000, false, false));
  }

  @Test
  void activeMembershipNeedsNoEndDate() {
    MembershipFacts facts =
        new MembershipFacts(BIRTH, START, MembershipStatus.ACTIVE, null, 1_000, false, false);
    assertEquals(MembershipStatus.ACTIVE, facts.status());
  }

  @Test
  void balanceCannotBeNegative() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new MembershipFacts(BIRTH, START, MembershipStatus.ACTIVE, null, -1, false, false));
  }

  @Test
  void requiredDatesAndStatus() {
    assertThrows(
        NullPointerException.class,
        () -> new MembershipFacts(null, START, MembershipStatus.ACTIVE, null, 0, false, false));
    assertThrows(
        NullPointerException.class,
        () -> new MembershipFacts(BIRTH, null, MembershipStatus.ACTIVE, null, 0, false, false));
    assertThrows(
        NullPointerException.class,
        () -> new MembershipFacts(BIRTH, START, null, null, 0, false, false));
  }
}
