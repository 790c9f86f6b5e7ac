package id.jht.portal.application.admin;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A quota that replaces a session's default on one date, with the numbers already issued for that
 * session and date.
 */
public record QuotaOverrideRow(
    long id, LocalDate date, String sessionCode, int quota, int defaultQuota, int issued)
    implements Serializable {}
