package id.jht.portal.domain.model.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EligibilityPolicyTest {

  private final EligibilityPolicy defaults = EligibilityPolicy.defaults();

  @Test
  void defaultsFollowTheDomainNotes() {
    assertEquals(56, defaults.retirementAge());
    assertEquals(10, defaults.partialClaimMinimumMembershipYears());
    assertEquals(50_000_000L, defaults.npwpThresholdRupiah());
  }

  @ParameterizedTest
  @EnumSource(
      value = ClaimReason.class,
      names = {"RESIGNATION", "TERMINATION", "CONTRACT_END", "SELF_EMPLOYED_STOPPED"})
  void oneMonthWaitingAfterBecomingNonActive(ClaimReason reason) {
    assertEquals(Period.ofMonths(1), defaults.waitingPeriod(reason));
  }

  @ParameterizedTest
  @EnumSource(
      value = ClaimReason.class,
      names = {"RESIGNATION", "TERMINATION", "CONTRACT_END", "SELF_EMPLOYED_STOPPED"},
      mode = EnumSource.Mode.EXCLUDE)
  void otherReasonsDoNotWait(ClaimReason reason) {
    assertEquals(Period.ZERO, defaults.waitingPeriod(reason));
  }

  @Test
  void withersChangeOneValue() {
    EligibilityPolicy changed =
        defaults
            .withRetirementAge(58)
            .withWaitingPeriod(ClaimReason.RESIGNATION, Period.ofDays(14))
            .withPartialClaimMinimumMembershipYears(5)
            .withNpwpThresholdRupiah(60_000_000L);

    assertEquals(58, changed.retirementAge());
    assertEquals(Period.ofDays(14), changed.waitingPeriod(ClaimReason.RESIGNATION));
    assertEquals(Period.ofMonths(1), changed.waitingPeriod(ClaimReason.TERMINATION));
    assertEquals(5, changed.partialClaimMinimumMembershipYears());
    assertEquals(60_000_000L, changed.npwpThresholdRupiah());
    assertEquals(Period.ofMonths(1), defaults.waitingPeriod(ClaimReason.RESIGNATION));
  }

  @Test
  void waitingPeriodsAreCopiedAndReadOnly() {
    Map<ClaimReason, Period> waiting = new HashMap<>();
    waiting.put(ClaimReason.RESIGNATION, Period.ofMonths(2));
    EligibilityPolicy policy = new EligibilityPolicy(56, waiting, 10, 0);
    waiting.put(ClaimReason.RESIGNATION, Period.ofMonths(3));

    assertEquals(Period.ofMonths(2), policy.waitingPeriod(ClaimReason.RESIGNATION));
    assertThrows(
        UnsupportedOperationException.class,
        () -> policy.waitingPeriods().put(ClaimReason.DEATH, Period.ZERO));
  }

  @Test
  void refusesNonsense() {
    assertThrows(IllegalArgumentException.class, () -> defaults.withRetirementAge(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> defaults.withWaitingPeriod(ClaimReason.RESIGNATION, Period.ofDays(-1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> defaults.withWaitingPeriod(ClaimReason.RESIGNATION, null));
    assertThrows(
        IllegalArgumentException.class, () -> defaults.withPartialClaimMinimumMembershipYears(-1));
    assertThrows(IllegalArgumentException.class, () -> defaults.withNpwpThresholdRupiah(-1));
    assertThrows(NullPointerException.class, () -> new EligibilityPolicy(56, null, 10, 0));
  }
}
