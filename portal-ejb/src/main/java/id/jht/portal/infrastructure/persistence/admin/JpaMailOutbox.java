package id.jht.portal.infrastructure.persistence.admin;

import id.jht.portal.application.admin.MailOutbox;
import id.jht.portal.domain.model.mail.OutgoingMail;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The mail outbox for administrators over JPA. */
@ApplicationScoped
public class JpaMailOutbox extends JpaRepository implements MailOutbox {

  @Override
  public long count(OutgoingMail.Status status, String recipient) {
    return query("SELECT COUNT(m)", status, recipient, "", Long.class).getSingleResult();
  }

  @Override
  public List<OutgoingMail> page(OutgoingMail.Status status, String recipient, int first, int max) {
    return query("SELECT m", status, recipient, " ORDER BY m.id DESC", OutgoingMail.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<OutgoingMail> find(long mailId) {
    return Optional.ofNullable(em.find(OutgoingMail.class, mailId));
  }

  private <T> TypedQuery<T> query(
      String select, OutgoingMail.Status status, String recipient, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" FROM OutgoingMail m WHERE 1 = 1");
    boolean byRecipient = recipient != null && !recipient.isBlank();
    if (status != null) {
      jpql.append(" AND m.status = :status");
    }
    if (byRecipient) {
      jpql.append(" AND LOWER(m.recipient) LIKE :recipient");
    }
    TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
    if (status != null) {
      query.setParameter("status", status.name());
    }
    if (byRecipient) {
      query.setParameter("recipient", "%" + recipient.strip().toLowerCase(Locale.ROOT) + "%");
    }
    return query;
  }
}
