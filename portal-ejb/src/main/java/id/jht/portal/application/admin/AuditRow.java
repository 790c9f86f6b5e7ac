package id.jht.portal.application.admin;

import java.io.Serializable;
import java.time.Instant;

/** One audit line as the search shows it. */
public record AuditRow(
    long id,
    Instant occurredAt,
    String actor,
    String actorRole,
    String action,
    String targetType,
    String targetId,
    Long branchId,
    String detail,
    String clientAddress)
    implements Serializable {}
