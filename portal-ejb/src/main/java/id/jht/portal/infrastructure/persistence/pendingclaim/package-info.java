/**
 * The pending-claim registry's persistence: its records and the drafts' row locks ({@link
 * id.jht.portal.domain.model.pendingclaim.PendingClaims}), the one-time codes ({@link
 * id.jht.portal.domain.model.onetimecode.IssuedCodes}), the detector's watermark and the reads of
 * the registry's pages and of the claim-lock lookup (application ports). JPA, with native SQL
 * ({@code PendingSql}) for the tables and rows that have no entity or must not load one; every
 * statement runs in the caller's transaction and persistence context.
 */
package id.jht.portal.infrastructure.persistence.pendingclaim;
