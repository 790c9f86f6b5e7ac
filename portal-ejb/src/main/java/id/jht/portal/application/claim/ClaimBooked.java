package id.jht.portal.application.claim;

/**
 * The claim just got its queue number. Fired synchronously inside the submitting transaction, so
 * that what observers write (the confirmation mail in the outbox) commits or rolls back with the
 * booking itself; the submission does not need to know who listens.
 */
public record ClaimBooked(Long claimId) {}
