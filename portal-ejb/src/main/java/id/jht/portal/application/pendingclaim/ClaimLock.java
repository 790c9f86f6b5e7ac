package id.jht.portal.application.pendingclaim;

import java.time.Instant;

/**
 * One reason why a person cannot start a claim in another channel, ready to show.
 *
 * @param channelCode who holds the claim: {@link ClaimLockService#PORTAL_CHANNEL} for this portal,
 *     else the API channel's code
 * @param channelNameId the holder's name in Indonesian ("Lapak Asik", "aplikasi JMO")
 * @param channelNameEn the holder's name in English
 * @param kind pending (started, not submitted) or submitted
 * @param status the holder's status: a {@code PendingClaimStatus}, {@code ClaimStatus} or {@code
 *     ChannelClaimStatus} name
 * @param branchCode branch office handling it, if known
 * @param branchName the branch's name, if known
 * @param bookingCode the queue booking code of a submitted claim of this portal, if any
 * @param since when the claim was started (pending) or submitted
 * @param expiresAt when a pending record expires by itself; null otherwise
 * @param pendingClaimId this portal's pending-claim record, for the wizard's resume/cancel
 * @param claimId this portal's claim (the draft or the submitted claim); null for other channels
 * @param messageIndonesian the ready-made sentence to show, in Indonesian
 * @param messageEnglish the same in English
 */
public record ClaimLock(
    String channelCode,
    String channelNameId,
    String channelNameEn,
    LockKind kind,
    String status,
    String branchCode,
    String branchName,
    String bookingCode,
    Instant since,
    Instant expiresAt,
    Long pendingClaimId,
    Long claimId,
    String messageIndonesian,
    String messageEnglish) {

  public boolean heldByPortal() {
    return ClaimLockService.PORTAL_CHANNEL.equals(channelCode);
  }

  /** This portal's own draft left pending: the participant may resume or cancel it. */
  public boolean isResumableDraft() {
    return heldByPortal() && kind == LockKind.PENDING && pendingClaimId != null;
  }
}
