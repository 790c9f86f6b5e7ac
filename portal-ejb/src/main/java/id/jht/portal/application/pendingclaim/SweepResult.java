package id.jht.portal.application.pendingclaim;

/**
 * What one detector run did.
 *
 * @param detected abandoned drafts recorded as pending claims
 * @param reminded expiry reminders queued
 * @param expired records expired (their drafts released)
 * @param failed items that failed even on a second try (see the log)
 * @param millis how long the run took
 */
public record SweepResult(int detected, int reminded, int expired, int failed, long millis) {}
