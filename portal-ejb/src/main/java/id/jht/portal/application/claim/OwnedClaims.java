package id.jht.portal.application.claim;

import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.Claims;
import id.jht.portal.domain.shared.Message;

/**
 * The one ownership check of the claim use cases: a claim is reachable only by the participant
 * identified in the caller's session, and the answer for someone else's claim is the same as for a
 * claim that does not exist.
 */
final class OwnedClaims {

  private OwnedClaims() {}

  /** The participant's claim, read-only, its participant, membership and branch read with it. */
  static Claim find(Claims claims, Long claimId, Long participantId) {
    return check(claims.findWithParticipant(claimId).orElse(null), participantId);
  }

  /** The participant's draft, row-locked for a change; a submitted claim cannot be edited. */
  static Claim lockDraft(Claims claims, Long claimId, Long participantId) {
    Claim claim = check(claims.findLocked(claimId).orElse(null), participantId);
    if (!claim.isDraft()) {
      throw ClaimDraftService.single("claim", Message.of("wizard.claim.alreadySubmitted"));
    }
    return claim;
  }

  private static Claim check(Claim claim, Long participantId) {
    if (claim == null
        || participantId == null
        || !claim.getParticipant().getId().equals(participantId)) {
      throw new ClaimAccessDeniedException();
    }
    return claim;
  }
}
