package id.jht.portal.application.verification;

import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.contact.EmailAddress;

/** What reading and deciding on a claim share beside its repositories. */
final class ClaimRecords {

  private ClaimRecords() {}

  /**
   * Where mail about the claim goes: the contact address given in the claim, else the registry's.
   */
  static String recipient(Claim claim) {
    String given = EmailAddress.textOf(claim.getEmail());
    if (given != null && !given.isBlank()) {
      return given;
    }
    return EmailAddress.textOf(claim.getParticipant().getEmail());
  }
}
