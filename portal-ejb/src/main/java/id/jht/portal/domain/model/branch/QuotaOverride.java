package id.jht.portal.domain.model.branch;

import java.time.LocalDate;

/**
 * A quota that replaces a session's default on one date, read with the session's default quota and
 * the numbers already issued for that session and date.
 */
public record QuotaOverride(
    long id,
    long branchId,
    LocalDate date,
    String sessionCode,
    int quota,
    int defaultQuota,
    int issued) {}
