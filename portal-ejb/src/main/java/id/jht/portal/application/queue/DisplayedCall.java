package id.jht.portal.application.queue;

import java.io.Serializable;

/** A number shown on the branch's public display, with the desk it is called to. */
public record DisplayedCall(long callId, String ticketNumber, String desk)
    implements Serializable {}
