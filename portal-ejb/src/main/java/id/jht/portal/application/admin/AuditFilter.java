package id.jht.portal.application.admin;

import java.time.Instant;

/**
 * What an audit search asks for, in the terms the store compares: any part left null matches all.
 *
 * @param actorContains part of the actor's name, any case
 * @param action the exact action
 * @param from events at or after this instant
 * @param until events before this instant
 */
public record AuditFilter(String actorContains, String action, Instant from, Instant until) {}
