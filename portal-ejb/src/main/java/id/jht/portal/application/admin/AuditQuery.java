package id.jht.portal.application.admin;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A search of the audit trail; every criterion is optional.
 *
 * @param actor part of the actor's name (any case)
 * @param action the exact action, e.g. {@code PARTICIPANT_UNLOCK}
 * @param from first day, inclusive, in WIB
 * @param to last day, inclusive, in WIB
 */
public record AuditQuery(String actor, String action, LocalDate from, LocalDate to)
    implements Serializable {}
