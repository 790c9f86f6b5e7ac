package id.jht.portal.application.admin;

import java.io.Serializable;

/** One mail with its body, as an administrator reads it in the outbox. */
public record MailView(MailRow summary, String body, String attachmentName)
    implements Serializable {}
