package id.jht.portal.infrastructure.demo;

/**
 * The named demo participants: each one shows one situation of the claim portal. Their dates are
 * relative to the day the data is generated for, so that each case stays true over time.
 */
public enum DemoCase {
  RESIGNED_ELIGIBLE("Resigned; the waiting month is over: an ordinary resignation claim."),
  STILL_ACTIVE(
      "Resigned, but the employer has not reported it: the membership is still active, so the"
          + " resignation claim is refused with an explanation."),
  NON_ACTIVE_UNDER_ONE_MONTH(
      "Non-active for only 10 days: the one-month waiting period is not over yet."),
  AGE_56("Turned 56 two months ago: may claim 100 % for retirement age while still working."),
  PARTIAL_10_YEARS("Active member for 11 years: may take the partial claims (10 % or 30 %)."),
  PARTIAL_UNDER_10_YEARS("Active member for 7 years 4 months: partial claims are not yet allowed."),
  SEVERAL_KPJ("Three KPJ cards from three employers: chooses which membership to claim."),
  BALANCE_ABOVE_50_JUTA("Eligible resignation with a balance of Rp 125 juta: NPWP is required."),
  LOCKED("Three wrong KPJ entries: the account is locked until the agency unlocks it."),
  PARTIAL_ALREADY_TAKEN(
      "Member for 12 years who already took the 10 % partial claim: it cannot be taken twice."),
  ABANDONED_DEMO(
      "Eligible resignation used to show the pending-claim feature: start a claim, leave it"
          + " before getting a queue number, and see it released."),
  IDENTITY_DIFFERS(
      "Eligible resignation, but the registry spells the name differently from the e-KTP: the"
          + " identity step cannot match it until the branch corrects the name from the e-KTP"
          + " photo.");

  /** The name on the e-KTP of {@link #IDENTITY_DIFFERS}; the registry has another spelling. */
  public static final String IDENTITY_DIFFERS_EKTP_NAME = "Muhammad Rizky Ramadhan";

  private final String purpose;

  DemoCase(String purpose) {
    this.purpose = purpose;
  }

  /** What the case demonstrates, in English, for the README. */
  public String purpose() {
    return purpose;
  }
}
