package id.jht.portal.domain.model.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.model.participant.MembershipStatus;
import id.jht.portal.domain.shared.Message;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EligibilityRulesTest {

  private static final long BALANCE = 12_345_678L;

  private final EligibilityRules rules = new EligibilityRules(EligibilityPolicy.defaults());

  /** A 35-year-old, active member since 2012, with a balance and no partial claim taken. */
  private static Facts facts() {
    return new Facts();
  }

  private static final class Facts {
    private LocalDate birthDate = LocalDate.of(1990, 1, 15);
    private LocalDate membershipStart = LocalDate.of(2012, 5, 1);
    private MembershipStatus status = MembershipStatus.ACTIVE;
    private LocalDate nonActiveSince;
    private long balance = BALANCE;
    private boolean partialOtherTaken;
    private boolean partialHousingTaken;

    Facts bornOn(LocalDate date) {
      birthDate = date;
      return this;
    }

    Facts memberSince(LocalDate date) {
      membershipStart = date;
      return this;
    }

    Facts nonActiveSince(LocalDate date) {
      status = MembershipStatus.NON_ACTIVE;
      nonActiveSince = date;
      return this;
    }

    Facts balance(long rupiah) {
      balance = rupiah;
      return this;
    }

    Facts partialOtherTaken() {
      partialOtherTaken = true;
      return this;
    }

    Facts partialHousingTaken() {
      partialHousingTaken = true;
      return this;
    }

    MembershipFacts build() {
      return new MembershipFacts(
          birthDate,
          membershipStart,
          status,
          nonActiveSince,
          balance,
          partialOtherTaken,
          partialHousingTaken);
    }
  }

  /** Whether the default rules find the claim eligible on that day. */
  private boolean eligible(ClaimReason reason, MembershipFacts facts, LocalDate on) {
    return rules.decide(reason, facts, on).eligible();
  }

  private static void assertRefused(
      EligibilityDecision decision, LocalDate eligibleFrom, String key, Object... args) {
    assertFalse(decision.eligible(), "eligible");
    assertEquals(Message.of(key, args), decision.refusal());
    assertEquals(eligibleFrom, decision.eligibleFrom(), "eligibleFrom");
    assertEquals(0, decision.payableAmount(), "nothing is payable when refused");
  }

  private static void assertEligible(EligibilityDecision decision, long payable) {
    assertTrue(decision.eligible(), () -> "refused with " + decision.refusal());
    assertNull(decision.refusal());
    assertNull(decision.eligibleFrom());
    assertEquals(payable, decision.payableAmount());
  }

  /**
   * Refused for a membership shorter than {@code neededYears}: the message says how long it has
   * lasted and the day it opens, from which the claim is eligible.
   */
  private static void assertMembershipTooShort(
      EligibilityDecision decision, int years, int months, LocalDate opensOn, int neededYears) {
    assertRefused(
        decision, opensOn, "eligibility.partialMembership", years, months, opensOn, neededYears);
  }

  /** Refused before the retirement birthday, which the message names with the age. */
  private static void assertNotYetRetired(
      EligibilityDecision decision, LocalDate birthday, int age) {
    assertRefused(decision, birthday, "eligibility.retirementAge.notYet", birthday, age);
  }

  /** Refused inside the waiting period: the message names the day it opens and its start. */
  private static void assertStillWaiting(
      EligibilityDecision decision, LocalDate opensOn, LocalDate nonActiveSince) {
    assertRefused(decision, opensOn, "eligibility.waitingPeriod", opensOn, nonActiveSince);
  }

  @Nested
  class RetirementAge {

    private final MembershipFacts born10March1969 =
        facts().bornOn(LocalDate.of(1969, 3, 10)).build();

    /** The default rules' decision on a retirement-age claim on that day. */
    private EligibilityDecision retirementAge(MembershipFacts facts, LocalDate on) {
      return rules.decide(ClaimReason.RETIREMENT_AGE, facts, on);
    }

    @Test
    void eligibleOnThe56thBirthday() {
      assertEligible(retirementAge(born10March1969, LocalDate.of(2025, 3, 10)), BALANCE);
    }

    @Test
    void notTheDayBeforeAndTheMessageNamesTheBirthday() {
      assertNotYetRetired(
          retirementAge(born10March1969, LocalDate.of(2025, 3, 9)), LocalDate.of(2025, 3, 10), 56);
    }

    @Test
    void membershipStatusDoesNotMatter() {
      MembershipFacts nonActive =
          facts()
              .bornOn(LocalDate.of(1969, 3, 10))
              .nonActiveSince(LocalDate.of(2020, 1, 1))
              .build();
      assertEligible(retirementAge(nonActive, LocalDate.of(2025, 3, 10)), BALANCE);
    }

    @Test
    void leapDayBirthdayReachesTheAgeOn28FebruaryInANonLeapYear() {
      EligibilityRules at57 =
          new EligibilityRules(EligibilityPolicy.defaults().withRetirementAge(57));
      MembershipFacts leapDay = facts().bornOn(LocalDate.of(1968, 2, 29)).build();

      assertEligible(
          at57.decide(ClaimReason.RETIREMENT_AGE, leapDay, LocalDate.of(2025, 2, 28)), BALANCE);
      assertNotYetRetired(
          at57.decide(ClaimReason.RETIREMENT_AGE, leapDay, LocalDate.of(2025, 2, 27)),
          LocalDate.of(2025, 2, 28),
          57);
    }

    @Test
    void leapDayBirthdayWithTheDefaultAge() {
      assertEquals(LocalDate.of(2024, 2, 29), rules.retirementDate(LocalDate.of(1968, 2, 29)));
      assertEquals(LocalDate.of(2100, 2, 28), rules.retirementDate(LocalDate.of(2044, 2, 29)));
    }
  }

  @Nested
  class NonActiveReasons {

    @ParameterizedTest
    @EnumSource(
        value = ClaimReason.class,
        names = {"CONTRACT_END", "RESIGNATION", "TERMINATION"})
    void stillActiveAsksTheEmployerToReport(ClaimReason reason) {
      assertRefused(
          rules.decide(reason, facts().build(), LocalDate.of(2025, 3, 10)),
          null,
          "eligibility.stillActive");
    }

    @Test
    void stillActiveSelfEmployedReportsThemselves() {
      assertRefused(
          rules.decide(
              ClaimReason.SELF_EMPLOYED_STOPPED, facts().build(), LocalDate.of(2025, 3, 10)),
          null,
          "eligibility.stillActive.selfEmployed");
    }

    @ParameterizedTest
    @EnumSource(
        value = ClaimReason.class,
        names = {"CONTRACT_END", "SELF_EMPLOYED_STOPPED", "RESIGNATION", "TERMINATION"})
    void lastDayOfTheWaitingPeriodIsRefusedWithTheOpeningDay(ClaimReason reason) {
      MembershipFacts facts = facts().nonActiveSince(LocalDate.of(2025, 1, 15)).build();

      assertStillWaiting(
          rules.decide(reason, facts, LocalDate.of(2025, 2, 14)),
          LocalDate.of(2025, 2, 15),
          LocalDate.of(2025, 1, 15));
    }

    @ParameterizedTest
    @EnumSource(
        value = ClaimReason.class,
        names = {"CONTRACT_END", "SELF_EMPLOYED_STOPPED", "RESIGNATION", "TERMINATION"})
    void eligibleOnTheFirstDayAfterTheWaitingPeriod(ClaimReason reason) {
      MembershipFacts facts = facts().nonActiveSince(LocalDate.of(2025, 1, 15)).build();

      assertEligible(rules.decide(reason, facts, LocalDate.of(2025, 2, 15)), BALANCE);
    }

    @Test
    void theDayItBecameNonActiveIsInsideTheWaitingPeriod() {
      MembershipFacts facts = facts().nonActiveSince(LocalDate.of(2025, 1, 15)).build();

      assertFalse(eligible(ClaimReason.RESIGNATION, facts, LocalDate.of(2025, 1, 15)));
    }

    @Test
    void oneMonthFrom31JanuaryEndsOnTheLastDayOfFebruary() {
      MembershipFacts facts = facts().nonActiveSince(LocalDate.of(2025, 1, 31)).build();

      assertStillWaiting(
          rules.decide(ClaimReason.RESIGNATION, facts, LocalDate.of(2025, 2, 27)),
          LocalDate.of(2025, 2, 28),
          LocalDate.of(2025, 1, 31));
      assertEligible(
          rules.decide(ClaimReason.RESIGNATION, facts, LocalDate.of(2025, 2, 28)), BALANCE);
    }

    @Test
    void configuredWaitingPeriodIsUsed() {
      EligibilityRules noWait =
          new EligibilityRules(
              EligibilityPolicy.defaults().withWaitingPeriod(ClaimReason.TERMINATION, Period.ZERO));
      EligibilityRules threeMonths =
          new EligibilityRules(
              EligibilityPolicy.defaults()
                  .withWaitingPeriod(ClaimReason.TERMINATION, Period.ofMonths(3)));
      MembershipFacts facts = facts().nonActiveSince(LocalDate.of(2025, 1, 15)).build();

      assertEligible(
          noWait.decide(ClaimReason.TERMINATION, facts, LocalDate.of(2025, 1, 15)), BALANCE);
      assertFalse(
          threeMonths.decide(ClaimReason.TERMINATION, facts, LocalDate.of(2025, 4, 14)).eligible());
      assertEligible(
          threeMonths.decide(ClaimReason.TERMINATION, facts, LocalDate.of(2025, 4, 15)), BALANCE);
    }
  }

  @Nested
  class PartialClaims {

    private final MembershipFacts since10March2015 =
        facts().memberSince(LocalDate.of(2015, 3, 10)).build();

    @ParameterizedTest
    @CsvSource({"PARTIAL_OTHER, 1234567", "PARTIAL_HOUSING, 3703703"})
    void eligibleOnTheTenthAnniversaryWithTheShareRoundedDown(ClaimReason reason, long payable) {
      EligibilityDecision decision =
          rules.decide(reason, since10March2015, LocalDate.of(2025, 3, 10));

      assertEligible(decision, payable);
      assertEquals(reason.sharePercent(), decision.sharePercent());
    }

    @ParameterizedTest
    @EnumSource(
        value = ClaimReason.class,
        names = {"PARTIAL_OTHER", "PARTIAL_HOUSING"})
    void oneDayLessThanTenYearsSaysHowLongAndFromWhen(ClaimReason reason) {
      assertMembershipTooShort(
          rules.decide(reason, since10March2015, LocalDate.of(2025, 3, 9)),
          9,
          11,
          LocalDate.of(2025, 3, 10),
          10);
    }

    @Test
    void membershipStartingInTheFutureCountsAsNone() {
      MembershipFacts future = facts().memberSince(LocalDate.of(2025, 6, 1)).build();

      assertMembershipTooShort(
          rules.decide(ClaimReason.PARTIAL_OTHER, future, LocalDate.of(2025, 3, 10)),
          0,
          0,
          LocalDate.of(2035, 6, 1),
          10);
    }

    @ParameterizedTest
    @CsvSource({
      "PARTIAL_OTHER, PARTIAL_HOUSING, eligibility.partialOther.taken, 10",
      "PARTIAL_HOUSING, PARTIAL_OTHER, eligibility.partialHousing.taken, 30"
    })
    void onePartialClaimTakenLeavesTheOtherOpen(
        ClaimReason taken, ClaimReason other, String refusal, int sharePercent) {
      Facts member = facts().memberSince(LocalDate.of(2010, 1, 1));
      MembershipFacts facts =
          (taken == ClaimReason.PARTIAL_OTHER
                  ? member.partialOtherTaken()
                  : member.partialHousingTaken())
              .build();

      assertRefused(
          rules.decide(taken, facts, LocalDate.of(2025, 3, 10)), null, refusal, sharePercent);
      assertTrue(eligible(other, facts, LocalDate.of(2025, 3, 10)));
    }

    @Test
    void openWhetherStillWorkingOrNot() {
      MembershipFacts nonActive =
          facts()
              .memberSince(LocalDate.of(2010, 1, 1))
              .nonActiveSince(LocalDate.of(2025, 3, 1))
              .build();

      assertTrue(eligible(ClaimReason.PARTIAL_OTHER, nonActive, LocalDate.of(2025, 3, 10)));
    }

    @Test
    void leapDayStartOpensOn28FebruaryTenYearsLater() {
      MembershipFacts leapDay = facts().memberSince(LocalDate.of(2016, 2, 29)).build();

      assertFalse(eligible(ClaimReason.PARTIAL_OTHER, leapDay, LocalDate.of(2026, 2, 27)));
      assertTrue(eligible(ClaimReason.PARTIAL_OTHER, leapDay, LocalDate.of(2026, 2, 28)));
    }

    @Test
    void configuredMembershipYearsAreUsed() {
      EligibilityRules fiveYears =
          new EligibilityRules(
              EligibilityPolicy.defaults().withPartialClaimMinimumMembershipYears(5));

      assertMembershipTooShort(
          fiveYears.decide(ClaimReason.PARTIAL_OTHER, since10March2015, LocalDate.of(2020, 3, 9)),
          4,
          11,
          LocalDate.of(2020, 3, 10),
          5);
    }
  }

  @Nested
  class ReasonsProvenByDocuments {

    @ParameterizedTest
    @EnumSource(
        value = ClaimReason.class,
        names = {"RETIREMENT_AGREEMENT", "LEAVING_INDONESIA", "TOTAL_DISABILITY", "DEATH"})
    void eligibleEvenWhenYoungAndActive(ClaimReason reason) {
      MembershipFacts youngAndActive =
          facts().bornOn(LocalDate.of(2000, 1, 1)).memberSince(LocalDate.of(2024, 1, 1)).build();

      assertEligible(rules.decide(reason, youngAndActive, LocalDate.of(2025, 3, 10)), BALANCE);
    }
  }

  @Nested
  class BalanceAndNpwp {

    @ParameterizedTest
    @EnumSource(ClaimReason.class)
    void zeroBalanceIsNeverEligible(ClaimReason reason) {
      MembershipFacts empty =
          facts()
              .bornOn(LocalDate.of(1950, 1, 1))
              .memberSince(LocalDate.of(1990, 1, 1))
              .nonActiveSince(LocalDate.of(2000, 1, 1))
              .balance(0)
              .build();

      assertRefused(
          rules.decide(reason, empty, LocalDate.of(2025, 3, 10)), null, "eligibility.noBalance");
    }

    @Test
    void oneRupiahIsEnough() {
      MembershipFacts oneRupiah = facts().balance(1).build();

      assertEligible(rules.decide(ClaimReason.DEATH, oneRupiah, LocalDate.of(2025, 3, 10)), 1);
    }

    @Test
    void npwpIsRequiredOnlyAboveTheThreshold() {
      EligibilityDecision atThreshold =
          rules.decide(
              ClaimReason.DEATH, facts().balance(50_000_000L).build(), LocalDate.of(2025, 3, 10));
      EligibilityDecision above =
          rules.decide(
              ClaimReason.DEATH, facts().balance(50_000_001L).build(), LocalDate.of(2025, 3, 10));

      assertFalse(atThreshold.npwpRequired());
      assertTrue(above.npwpRequired());
      assertTrue(above.requiredDocuments().contains(DocumentType.NPWP));
      assertEquals(List.of(DocumentType.NPWP), atThreshold.optionalDocuments());
    }

    @Test
    void npwpRequirementIsKnownEvenWhenRefused() {
      EligibilityDecision refused =
          rules.decide(
              ClaimReason.RESIGNATION,
              facts().balance(80_000_000L).build(),
              LocalDate.of(2025, 3, 10));

      assertFalse(refused.eligible());
      assertTrue(refused.npwpRequired());
      assertEquals(100, refused.sharePercent());
    }

    @ParameterizedTest
    @CsvSource({
      "1234567, 10, 123456",
      "1234567, 30, 370370",
      "1234567, 100, 1234567",
      "9, 10, 0",
      "99, 30, 29"
    })
    void shareIsRoundedDownToWholeRupiah(long balance, int percent, long expected) {
      assertEquals(expected, EligibilityRules.shareOf(balance, percent));
    }

    @Test
    void shareOfTheLargestBalanceDoesNotOverflow() {
      long expected =
          BigInteger.valueOf(Long.MAX_VALUE)
              .multiply(BigInteger.valueOf(30))
              .divide(BigInteger.valueOf(100))
              .longValueExact();
      assertEquals(expected, EligibilityRules.shareOf(Long.MAX_VALUE, 30));
    }
  }

  @Test
  void decideAllAnswersEveryReasonInOrder() {
    Map<ClaimReason, EligibilityDecision> all =
        rules.decideAll(facts().build(), LocalDate.of(2025, 3, 10));

    assertEquals(List.of(ClaimReason.values()), List.copyOf(all.keySet()));
    all.forEach((reason, decision) -> assertEquals(reason, decision.reason()));
    assertTrue(all.get(ClaimReason.DEATH).eligible());
    assertFalse(all.get(ClaimReason.RESIGNATION).eligible());
  }
}
