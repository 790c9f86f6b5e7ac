package id.jht.portal.application.pendingclaim;

import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimStatus;
import java.time.Instant;

/** What releasing a pending claim does to its draft. */
final class Drafts {

  private Drafts() {}

  /** Cancels a draft that is still a draft: it no longer blocks anything, here or elsewhere. */
  static boolean cancelIfDraft(Claim claim, Instant now) {
    if (claim.getStatus() != ClaimStatus.DRAFT) {
      return false;
    }
    claim.cancel(now);
    return true;
  }
}
