package id.jht.portal.domain.model.claim;

import id.jht.portal.domain.model.participant.MembershipStatus;
import id.jht.portal.domain.shared.Message;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every rule on who may claim JHT for which reason, in one place.
 *
 * <ul>
 *   <li>A balance of 0 can never be claimed.
 *   <li>Retirement age: open from the day the participant reaches the retirement age ({@code
 *       birthDate.plusYears(age)}). Someone born on 29 February reaches it on 28 February in a
 *       non-leap year, because {@link LocalDate#plusYears(long)} moves to the last valid day of the
 *       month.
 *   <li>End of contract, self-employed stopping, resignation, termination: the membership must be
 *       non-active, and the claim opens on {@code nonActiveSince.plus(waitingPeriod)} (from 15
 *       January with one month: open on 15 February, not on 14 February; from 31 January: open on
 *       the last day of February).
 *   <li>Partial claims (10 % other needs, 30 % housing): each kind at most once, and the claim
 *       opens on the anniversary {@code membershipStart.plusYears(years)}.
 *   <li>Retirement under a collective agreement, leaving Indonesia, total disability and death: no
 *       condition the portal can check; the documents prove the case.
 * </ul>
 *
 * <p>The payable amount is the reason's share of the balance, rounded down to whole Rupiah. An NPWP
 * is required when the balance (not the payable share) is above the policy's threshold.
 */
public final class EligibilityRules {

  static final String NO_BALANCE = "eligibility.noBalance";
  static final String RETIREMENT_AGE_NOT_YET = "eligibility.retirementAge.notYet";
  static final String STILL_ACTIVE = "eligibility.stillActive";
  static final String STILL_ACTIVE_SELF_EMPLOYED = "eligibility.stillActive.selfEmployed";
  static final String WAITING_PERIOD = "eligibility.waitingPeriod";
  static final String PARTIAL_MEMBERSHIP = "eligibility.partialMembership";
  static final String PARTIAL_OTHER_TAKEN = "eligibility.partialOther.taken";
  static final String PARTIAL_HOUSING_TAKEN = "eligibility.partialHousing.taken";

  private final EligibilityPolicy policy;

  public EligibilityRules(EligibilityPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  public EligibilityPolicy policy() {
    return policy;
  }

  /**
   * Decides one reason.
   *
   * @param today the current date in the time zone of the branch handling the claim
   */
  public EligibilityDecision decide(ClaimReason reason, MembershipFacts facts, LocalDate today) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(today, "today");
    boolean npwpRequired = facts.balance() > policy.npwpThresholdRupiah();
    Refusal refusal =
        facts.balance() == 0
            ? new Refusal(Message.of(NO_BALANCE), null)
            : refusalFor(reason, facts, today);
    if (refusal != null) {
      return new EligibilityDecision(
          reason,
          false,
          reason.sharePercent(),
          0,
          npwpRequired,
          refusal.message(),
          refusal.eligibleFrom());
    }
    return new EligibilityDecision(
        reason,
        true,
        reason.sharePercent(),
        shareOf(facts.balance(), reason.sharePercent()),
        npwpRequired,
        null,
        null);
  }

  /** Decides every reason, in the order of {@link ClaimReason}. */
  public Map<ClaimReason, EligibilityDecision> decideAll(MembershipFacts facts, LocalDate today) {
    Map<ClaimReason, EligibilityDecision> decisions = new EnumMap<>(ClaimReason.class);
    for (ClaimReason reason : ClaimReason.values()) {
      decisions.put(reason, decide(reason, facts, today));
    }
    return decisions;
  }

  /** The day the participant reaches the retirement age. */
  public LocalDate retirementDate(LocalDate birthDate) {
    return birthDate.plusYears(policy.retirementAge());
  }

  /**
   * {@code percent} % of {@code balance}, rounded down to whole Rupiah, computed without overflow
   * for any balance.
   */
  static long shareOf(long balance, int percent) {
    return balance / 100 * percent + balance % 100 * percent / 100;
  }

  private Refusal refusalFor(ClaimReason reason, MembershipFacts facts, LocalDate today) {
    return switch (reason) {
      case RETIREMENT_AGE -> retirementAgeRefusal(facts, today);
      case CONTRACT_END, RESIGNATION, TERMINATION ->
          nonActiveRefusal(reason, facts, today, STILL_ACTIVE);
      case SELF_EMPLOYED_STOPPED ->
          nonActiveRefusal(reason, facts, today, STILL_ACTIVE_SELF_EMPLOYED);
      case PARTIAL_OTHER ->
          partialRefusal(reason, facts.partialOtherTaken(), PARTIAL_OTHER_TAKEN, facts, today);
      case PARTIAL_HOUSING ->
          partialRefusal(reason, facts.partialHousingTaken(), PARTIAL_HOUSING_TAKEN, facts, today);
      case RETIREMENT_AGREEMENT, LEAVING_INDONESIA, TOTAL_DISABILITY, DEATH -> null;
    };
  }

  private Refusal retirementAgeRefusal(MembershipFacts facts, LocalDate today) {
    LocalDate retirementDate = retirementDate(facts.birthDate());
    if (today.isBefore(retirementDate)) {
      return new Refusal(
          Message.of(RETIREMENT_AGE_NOT_YET, retirementDate, policy.retirementAge()),
          retirementDate);
    }
    return null;
  }

  private Refusal nonActiveRefusal(
      ClaimReason reason, MembershipFacts facts, LocalDate today, String stillActiveKey) {
    if (facts.status() != MembershipStatus.NON_ACTIVE) {
      // The opening day is unknown until someone reports the membership non-active.
      return new Refusal(Message.of(stillActiveKey), null);
    }
    LocalDate opensOn = facts.nonActiveSince().plus(policy.waitingPeriod(reason));
    if (today.isBefore(opensOn)) {
      return new Refusal(Message.of(WAITING_PERIOD, opensOn, facts.nonActiveSince()), opensOn);
    }
    return null;
  }

  private Refusal partialRefusal(
      ClaimReason reason,
      boolean alreadyTaken,
      String takenKey,
      MembershipFacts facts,
      LocalDate today) {
    if (alreadyTaken) {
      return new Refusal(Message.of(takenKey, reason.sharePercent()), null);
    }
    int requiredYears = policy.partialClaimMinimumMembershipYears();
    LocalDate opensOn = facts.membershipStart().plusYears(requiredYears);
    if (today.isBefore(opensOn)) {
      Period membership =
          today.isBefore(facts.membershipStart())
              ? Period.ZERO
              : Period.between(facts.membershipStart(), today);
      return new Refusal(
          Message.of(
              PARTIAL_MEMBERSHIP,
              membership.getYears(),
              membership.getMonths(),
              opensOn,
              requiredYears),
          opensOn);
    }
    return null;
  }

  /** Why a claim is refused and, when known, the day it opens. */
  private record Refusal(Message message, LocalDate eligibleFrom) {}
}
