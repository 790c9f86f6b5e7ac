package id.jht.portal.application.admin;

import id.jht.portal.domain.model.mail.OutgoingMail;
import java.util.List;
import java.util.Optional;

/**
 * The administrators' read model of the mail outbox, implemented in {@code
 * infrastructure.persistence.admin}.
 */
public interface MailOutbox {

  /**
   * @param status null for all
   * @param recipient part of the recipient's address (any case), or null/blank for all
   */
  long count(OutgoingMail.Status status, String recipient);

  /** One page of the mails {@link #count} counts, newest first. */
  List<OutgoingMail> page(OutgoingMail.Status status, String recipient, int first, int max);

  Optional<OutgoingMail> find(long mailId);
}
