/**
 * The pending-claim registry: drafts left before a queue number become explicit, consultable and
 * releasable records. Here live the detector (abandoned drafts, reminders, expiry), the
 * participant's and officer's actions on records, the one-time-code release, and {@link
 * id.jht.portal.application.pendingclaim.ClaimLockService}, the one lookup every channel (this
 * portal's wizard included) asks before a claim starts. No query text here: the records and the
 * drafts' row locks sit behind {@code domain.model.pendingclaim.PendingClaims}, the codes behind
 * {@code domain.model.onetimecode.IssuedCodes}, and the pages' and the lookup's reads behind the
 * ports {@link id.jht.portal.application.pendingclaim.PendingClaimQueries}, {@link
 * id.jht.portal.application.pendingclaim.ClaimLockQueries} and {@link
 * id.jht.portal.application.pendingclaim.JobWatermarks}, all implemented in {@code
 * infrastructure.persistence.pendingclaim}.
 */
package id.jht.portal.application.pendingclaim;
