package id.jht.portal.domain.model.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.jht.portal.domain.shared.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EligibilityDecisionTest {

  private static final Message WHY = Message.of("eligibility.noBalance");

  @Test
  void refusalIsGivenExactlyWhenNotEligible() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new EligibilityDecision(ClaimReason.DEATH, true, 100, 10, false, WHY, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new EligibilityDecision(ClaimReason.DEATH, false, 100, 0, false, null, null));
  }

  @Test
  void eligibleDecisionHasNoOpeningDate() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new EligibilityDecision(
                ClaimReason.DEATH, true, 100, 10, false, null, LocalDate.of(2025, 1, 1)));
  }

  @Test
  void optionalViewsAndDocuments() {
    EligibilityDecision refused =
        new EligibilityDecision(
            ClaimReason.RESIGNATION, false, 100, 0, true, WHY, LocalDate.of(2025, 2, 15));

    assertEquals(Optional.of(WHY), refused.refusalMessage());
    assertEquals(Optional.of(LocalDate.of(2025, 2, 15)), refused.eligibleFromDate());
    assertEquals(ClaimReason.RESIGNATION.requiredDocuments(true), refused.requiredDocuments());
    assertEquals(List.of(), refused.optionalDocuments());
  }
}
