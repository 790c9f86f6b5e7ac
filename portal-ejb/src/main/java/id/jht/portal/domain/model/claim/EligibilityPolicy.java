package id.jht.portal.domain.model.claim;

import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers the eligibility rules depend on. Regulation changes them, so the application reads
 * them from configuration; {@link #defaults()} holds the values in force when the portal was built.
 *
 * @param retirementAge age in years from which the retirement-age claim is open (default 56)
 * @param waitingPeriods per reason, how long after the membership became non-active the claim opens
 *     (default one month for resignation, termination, end of contract and self-employed stopping);
 *     reasons without an entry wait no time, and entries for reasons that do not need a non-active
 *     membership are ignored
 * @param partialClaimMinimumMembershipYears whole years of membership a partial claim needs
 *     (default 10)
 * @param npwpThresholdRupiah balance in whole Rupiah above which an NPWP is required (default
 *     50,000,000)
 */
public record EligibilityPolicy(
    int retirementAge,
    Map<ClaimReason, Period> waitingPeriods,
    int partialClaimMinimumMembershipYears,
    long npwpThresholdRupiah) {

  public static final int DEFAULT_RETIREMENT_AGE = 56;
  public static final Period DEFAULT_WAITING_PERIOD = Period.ofMonths(1);
  public static final int DEFAULT_PARTIAL_CLAIM_MINIMUM_MEMBERSHIP_YEARS = 10;
  public static final long DEFAULT_NPWP_THRESHOLD_RUPIAH = 50_000_000L;

  public EligibilityPolicy {
    if (retirementAge <= 0) {
      throw new IllegalArgumentException("The retirement age must be positive");
    }
    if (partialClaimMinimumMembershipYears < 0) {
      throw new IllegalArgumentException("The minimum membership must not be negative");
    }
    if (npwpThresholdRupiah < 0) {
      throw new IllegalArgumentException("The NPWP threshold must not be negative");
    }
    EnumMap<ClaimReason, Period> copy = new EnumMap<>(ClaimReason.class);
    Objects.requireNonNull(waitingPeriods, "waitingPeriods")
        .forEach(
            (reason, period) -> {
              Objects.requireNonNull(reason, "reason");
              if (period == null || period.isNegative()) {
                throw new IllegalArgumentException("Waiting period of " + reason + " is invalid");
              }
              copy.put(reason, period);
            });
    waitingPeriods = Collections.unmodifiableMap(copy);
  }

  /** The values in force when the portal was built (see DOMAIN.md). */
  public static EligibilityPolicy defaults() {
    EnumMap<ClaimReason, Period> waiting = new EnumMap<>(ClaimReason.class);
    waiting.put(ClaimReason.RESIGNATION, DEFAULT_WAITING_PERIOD);
    waiting.put(ClaimReason.TERMINATION, DEFAULT_WAITING_PERIOD);
    waiting.put(ClaimReason.CONTRACT_END, DEFAULT_WAITING_PERIOD);
    waiting.put(ClaimReason.SELF_EMPLOYED_STOPPED, DEFAULT_WAITING_PERIOD);
    return new EligibilityPolicy(
        DEFAULT_RETIREMENT_AGE,
        waiting,
        DEFAULT_PARTIAL_CLAIM_MINIMUM_MEMBERSHIP_YEARS,
        DEFAULT_NPWP_THRESHOLD_RUPIAH);
  }

  /** Waiting period of a reason; zero when none is configured. */
  public Period waitingPeriod(ClaimReason reason) {
    return waitingPeriods.getOrDefault(reason, Period.ZERO);
  }

  public EligibilityPolicy withRetirementAge(int age) {
    return new EligibilityPolicy(
        age, waitingPeriods, partialClaimMinimumMembershipYears, npwpThresholdRupiah);
  }

  public EligibilityPolicy withWaitingPeriod(ClaimReason reason, Period period) {
    EnumMap<ClaimReason, Period> waiting = new EnumMap<>(ClaimReason.class);
    waiting.putAll(waitingPeriods);
    waiting.put(reason, period);
    return new EligibilityPolicy(
        retirementAge, waiting, partialClaimMinimumMembershipYears, npwpThresholdRupiah);
  }

  public EligibilityPolicy withPartialClaimMinimumMembershipYears(int years) {
    return new EligibilityPolicy(retirementAge, waitingPeriods, years, npwpThresholdRupiah);
  }

  public EligibilityPolicy withNpwpThresholdRupiah(long threshold) {
    return new EligibilityPolicy(
        retirementAge, waitingPeriods, partialClaimMinimumMembershipYears, threshold);
  }
}
