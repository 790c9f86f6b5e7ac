package id.jht.portal.application.verification;

import java.io.Serializable;
import java.time.Instant;

/** One {@code claim_event} of the claim's timeline, oldest first (by id). */
public record TimelineEntry(long id, String type, Instant occurredAt, String actor, String note)
    implements Serializable {}
