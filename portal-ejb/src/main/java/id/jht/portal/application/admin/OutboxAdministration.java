package id.jht.portal.application.admin;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.domain.model.mail.OutgoingMail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The mail outbox for administrators: every queued mail with its delivery state, newest first. With
 * no SMTP server configured (the embedded run) mails stay here with status {@code OUTBOX}, and this
 * is where they are read. Mail bodies carry personal data (booking codes, names), so reading one is
 * audited.
 */
@Stateless
public class OutboxAdministration {

  @Inject MailOutbox outbox;
  @Inject AdminAccess access;
  @Inject AuditTrail audit;

  /**
   * @param status a {@link OutgoingMail.Status} name, or null/blank for all
   * @param recipient part of the recipient's address, or null/blank for all
   */
  public long count(String status, String recipient, String clientAddress) {
    access.administrator(clientAddress);
    return outbox.count(status(status), recipient);
  }

  public List<MailRow> mails(
      String status, String recipient, int first, int max, String clientAddress) {
    access.administrator(clientAddress);
    return outbox.page(status(status), recipient, Math.max(0, first), Math.min(max, 200)).stream()
        .map(OutboxAdministration::row)
        .toList();
  }

  /** One mail with its body; the reading is audited. */
  public Optional<MailView> mail(long id, String clientAddress) {
    AdminCaller caller = access.administrator(clientAddress);
    OutgoingMail mail = outbox.find(id).orElse(null);
    if (mail == null) {
      return Optional.empty();
    }
    audit.record(caller.actor(), "MAIL_READ", "MAIL", id, null);
    return Optional.of(new MailView(row(mail), mail.maskedBody(), mail.getAttachmentName()));
  }

  private static OutgoingMail.Status status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return OutgoingMail.Status.valueOf(status);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static MailRow row(OutgoingMail m) {
    return new MailRow(
        m.getId(),
        m.getRecipient(),
        m.maskedSubject(),
        m.getStatus().name(),
        m.getAttempts(),
        m.getCreatedAt(),
        m.getSentAt(),
        m.getLastError(),
        m.getAttachmentName() != null);
  }
}
