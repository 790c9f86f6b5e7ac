package id.jht.portal.application.pendingclaim;

import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.pendingclaim.PendingClaim;
import id.jht.portal.domain.model.pendingclaim.PendingClaimStatus;
import id.jht.portal.domain.model.pendingclaim.PendingClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Releases everything a participant has pending, in the caller's transaction: every OPEN record
 * becomes CANCELLED_BY_PARTICIPANT and the open draft is cancelled, which unblocks every channel at
 * once. Shared by the participant's own cancel and the one-time-code release.
 */
@ApplicationScoped
public class ParticipantRelease {

  @Inject PendingClaims repository;

  /** What a release did. */
  public record Result(int recordsClosed, int draftsCancelled) {}

  public Result releaseAll(Long participantId, String closedBy, String reason, Instant now) {
    List<Long> claimIds = new ArrayList<>(repository.claimsOfOpenRecords(participantId));
    repository.openDraftOf(participantId).ifPresent(claimIds::add);
    List<Claim> claims = repository.lockClaims(claimIds);
    List<PendingClaim> open = repository.lockOpenRecordsOfParticipant(participantId);
    for (PendingClaim record : open) {
      record.close(PendingClaimStatus.CANCELLED_BY_PARTICIPANT, now, closedBy, reason);
    }
    int draftsCancelled = 0;
    for (Claim claim : claims) {
      if (Drafts.cancelIfDraft(claim, now)) {
        draftsCancelled++;
      }
    }
    return new Result(open.size(), draftsCancelled);
  }
}
