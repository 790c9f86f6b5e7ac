/**
 * The pending-claim registry: drafts left before a queue number become explicit, consultable and
 * releasable records. Here live the detector (abandoned drafts, reminders, expiry), the
 * participant's and officer's actions on records, the one-time-code release, and {@link
 * id.jht.portal.application.pendingclaim.ClaimLockService}, the one lookup every channel (this
 * portal's wizard included) asks before a claim starts.
 */
package id.jht.portal.application.pendingclaim;
