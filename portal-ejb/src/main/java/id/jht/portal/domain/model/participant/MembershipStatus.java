package id.jht.portal.domain.model.participant;

/**
 * Membership status in the agency's registry. It becomes {@link #NON_ACTIVE} only when the employer
 * (or, for the self-employed, the participant) reports that work has stopped.
 */
public enum MembershipStatus {
  ACTIVE,
  NON_ACTIVE;

  /** Resource bundle key of the label, e.g. {@code membershipStatus.ACTIVE}. */
  public String messageKey() {
    return "membershipStatus." + name();
  }
}
