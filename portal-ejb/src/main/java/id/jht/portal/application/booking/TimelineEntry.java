package id.jht.portal.application.booking;

import java.io.Serializable;
import java.time.Instant;

/**
 * One stage on the participant's timeline.
 *
 * @param type the claim event type, e.g. {@code QUEUED}; its label is {@code booking.event.<type>}
 * @param occurredAt when it happened, or null for a stage still to come
 * @param note what the event recorded for the participant (a ticket number, a reason), or null
 * @param reached false for the stages still to come
 */
public record TimelineEntry(String type, Instant occurredAt, String note, boolean reached)
    implements Serializable {}
