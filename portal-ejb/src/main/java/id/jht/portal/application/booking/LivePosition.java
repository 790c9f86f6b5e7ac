package id.jht.portal.application.booking;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where the participant stands in the queue on the service day.
 *
 * @param ahead waiting tickets with a lower number in the same branch, day and session
 * @param estimatedAt roughly when the participant will be called (rounded to five minutes)
 * @param calledNow the ticket is being called right now
 */
public record LivePosition(int ahead, Instant estimatedAt, boolean calledNow)
    implements Serializable {}
