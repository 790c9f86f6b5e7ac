package id.jht.portal.application.mail;

import id.jht.portal.domain.model.contact.EmailAddress;
import id.jht.portal.domain.model.mail.OutgoingMail;
import id.jht.portal.domain.model.mail.OutgoingMails;
import id.jht.portal.domain.shared.InvalidValueException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Queues a mail in the caller's transaction: it is sent later by the mail sender, so a slow or
 * absent SMTP server can never block or undo the change the mail reports, and a change that rolls
 * back never sends its mail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class MailOutbox {

  static final int MAX_SUBJECT = 200;
  private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

  @Inject OutgoingMails outgoing;
  @Inject Clock clock;

  /**
   * Queues a plain-text mail.
   *
   * @return false, queuing nothing, when the recipient is not a usable address (a participant
   *     without a registered e-mail): a missing address must not fail the business change
   */
  public boolean queue(String recipient, String subject, String body) {
    return queue(recipient, subject, body, null, null);
  }

  /**
   * Queues a mail with one attachment taken from the document store at sending time.
   *
   * @param attachmentName the file name the recipient sees
   * @param attachmentKey the document store key of the file
   * @return false, queuing nothing, when the recipient is not a usable address
   */
  public boolean queue(
      String recipient, String subject, String body, String attachmentName, String attachmentKey) {
    return queue(recipient, subject, body, attachmentName, attachmentKey, List.of());
  }

  /**
   * Queues a mail that carries secrets only the recipient may read (a one-time code, a booking
   * code): staff see them masked in the outbox, and the stored copy loses them once sent.
   *
   * @param secrets the exact texts of the secrets as they appear in subject and body
   * @return false, queuing nothing, when the recipient is not a usable address
   */
  public boolean queueWithSecrets(
      String recipient, String subject, String body, List<String> secrets) {
    return queue(recipient, subject, body, null, null, secrets);
  }

  /** As {@link #queueWithSecrets}, with one attachment taken from the document store. */
  public boolean queue(
      String recipient,
      String subject,
      String body,
      String attachmentName,
      String attachmentKey,
      List<String> secrets) {
    return queue(recipient, subject, body, attachmentName, attachmentKey, null, null, secrets);
  }

  /**
   * Queues a mail with an optional attachment from the document store, an optional iCalendar file
   * (its text) and the secrets only the recipient may read.
   *
   * @return false, queuing nothing, when the recipient is not a usable address
   */
  public boolean queue(
      String recipient,
      String subject,
      String body,
      String attachmentName,
      String attachmentKey,
      String calendarName,
      String calendar,
      List<String> secrets) {
    String address;
    try {
      address = EmailAddress.of(recipient).value();
    } catch (InvalidValueException unusable) {
      LOG.fine(() -> "Mail not queued: no usable recipient (" + unusable.message().key() + ")");
      return false;
    }
    OutgoingMail mail =
        new OutgoingMail(
            address, truncate(subject, MAX_SUBJECT), body == null ? "" : body, clock.instant());
    if (attachmentKey != null) {
      mail.attach(attachmentName == null ? "attachment" : attachmentName, attachmentKey);
    }
    if (calendar != null) {
      mail.attachCalendar(calendarName, calendar);
    }
    mail.keepSecret(secrets);
    outgoing.add(mail);
    return true;
  }

  static String truncate(String text, int max) {
    String value = text == null ? "" : text;
    return value.length() <= max ? value : value.substring(0, max);
  }
}
