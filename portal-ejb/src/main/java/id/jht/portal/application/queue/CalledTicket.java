package id.jht.portal.application.queue;

import java.io.Serializable;

/**
 * A ticket an officer just called to a desk.
 *
 * @param callId the call's id in {@code queue_call}: later calls have higher ids
 */
public record CalledTicket(
    long ticketId,
    long claimId,
    String sessionCode,
    int sequenceNo,
    String ticketNumber,
    String desk,
    long callId)
    implements Serializable {}
