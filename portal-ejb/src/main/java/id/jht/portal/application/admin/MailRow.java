package id.jht.portal.application.admin;

import java.io.Serializable;
import java.time.Instant;

/** A queued mail as the outbox list shows it (without its body). */
public record MailRow(
    long id,
    String recipient,
    String subject,
    String status,
    int attempts,
    Instant createdAt,
    Instant sentAt,
    String lastError,
    boolean hasAttachment)
    implements Serializable {}
