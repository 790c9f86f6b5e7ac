package id.jht.portal.infrastructure.mail;

import id.jht.portal.domain.model.mail.OutgoingMail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sender's database work, each step in a short transaction of its own so that no transaction
 * stays open while an SMTP server is talked to.
 *
 * <p>Claiming: a due mail is reserved by moving its {@code next_attempt_at} into the future with a
 * conditional update on its version. Of several nodes reading the same due mail, exactly one update
 * matches; the others skip it. If the claiming node dies, the reservation simply runs out and
 * another node sends the mail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  /** Reserves up to {@code limit} due mails until {@code reservedUntil}; returns their ids. */
  public List<Long> claimDue(Instant now, Instant reservedUntil, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> due =
        em.createNativeQuery(
                "SELECT id, version FROM outgoing_mail WHERE status = 'PENDING'"
                    + " AND next_attempt_at <= ?1 ORDER BY id LIMIT "
                    + limit)
            .setParameter(1, utc(now))
            .getResultList();
    List<Long> claimed = new ArrayList<>();
    for (Object[] row : due) {
      long id = ((Number) row[0]).longValue();
      int version = ((Number) row[1]).intValue();
      int updated =
          em.createNativeQuery(
                  "UPDATE outgoing_mail SET next_attempt_at = ?1, version = version + 1"
                      + " WHERE id = ?2 AND version = ?3 AND status = 'PENDING'")
              .setParameter(1, utc(reservedUntil))
              .setParameter(2, id)
              .setParameter(3, version)
              .executeUpdate();
      if (updated == 1) {
        claimed.add(id);
      }
    }
    return claimed;
  }

  /** Without an SMTP server, due mails are kept for administrators instead of being retried. */
  public int keepDueInOutbox(Instant now) {
    return em.createNativeQuery(
            "UPDATE outgoing_mail SET status = 'OUTBOX', version = version + 1"
                + " WHERE status = 'PENDING' AND next_attempt_at <= ?1")
        .setParameter(1, utc(now))
        .executeUpdate();
  }

  /** What to send, read outside any long transaction. */
  public Optional<MailContent> content(Long id) {
    OutgoingMail mail = em.find(OutgoingMail.class, id);
    if (mail == null || mail.getStatus() != OutgoingMail.Status.PENDING) {
      return Optional.empty();
    }
    return Optional.of(
        new MailContent(
            mail.getId(),
            mail.getRecipient(),
            mail.getSubject(),
            mail.getBody(),
            mail.getAttachmentName(),
            mail.getAttachmentKey(),
            mail.getCalendarName(),
            mail.getCalendar()));
  }

  /**
   * Records the mail as sent, its secrets masked.
   *
   * @return the storage key of the attachment that was sent, for the caller to delete
   */
  public Optional<String> markSent(Long id, Instant now) {
    OutgoingMail mail = em.find(OutgoingMail.class, id);
    return mail == null ? Optional.empty() : mail.markSent(now);
  }

  public void markFailed(Long id, String error, Instant now, int maxAttempts) {
    OutgoingMail mail = em.find(OutgoingMail.class, id);
    if (mail != null) {
      mail.markFailed(error, now, maxAttempts);
    }
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).withNano(0);
  }
}
