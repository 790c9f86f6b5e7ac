package id.jht.portal.application.mail;

import id.jht.portal.domain.model.contact.EmailAddress;
import id.jht.portal.domain.model.mail.OutgoingMail;
import id.jht.portal.domain.shared.InvalidValueException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
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

  @PersistenceContext(unitName = "portal")
  EntityManager em;

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
    return queue(recipient, subject, body, attachmentName, attachmentKey, null, null);
  }

  /**
   * Queues a mail with an optional attachment from the document store and an optional iCalendar
   * file (its text).
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
      String calendar) {
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
    em.persist(mail);
    return true;
  }

  static String truncate(String text, int max) {
    String value = text == null ? "" : text;
    return value.length() <= max ? value : value.substring(0, max);
  }
}
