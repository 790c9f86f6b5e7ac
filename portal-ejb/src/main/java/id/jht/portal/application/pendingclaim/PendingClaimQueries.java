package id.jht.portal.application.pendingclaim;

import id.jht.portal.domain.model.pendingclaim.PendingClaimStatus;
import java.time.Instant;
import java.util.List;

/**
 * Port: the pending-claim records as the participant's and the officers' pages list them, NIK and
 * KPJ masked. Authorisation is the caller's ({@link PendingClaimService}).
 */
public interface PendingClaimQueries {

  /** The participant's OPEN records, by id. */
  List<PendingClaimView> openRecordsOf(Long participantId);

  /**
   * One page of records, newest (highest id) first.
   *
   * @param branchId only this branch's, or all when null
   * @param status only this status, or all when null
   * @param createdAtOrBefore only records created then or earlier, or all when null
   * @param max at most this many, capped at 500
   */
  List<PendingClaimView> list(
      Long branchId, PendingClaimStatus status, Instant createdAtOrBefore, int first, int max);
}
