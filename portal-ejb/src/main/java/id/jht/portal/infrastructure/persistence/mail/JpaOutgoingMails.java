package id.jht.portal.infrastructure.persistence.mail;

import id.jht.portal.domain.model.mail.OutgoingMail;
import id.jht.portal.domain.model.mail.OutgoingMails;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The mail outbox over JPA. */
@ApplicationScoped
public class JpaOutgoingMails extends JpaRepository implements OutgoingMails {

  @Override
  public void add(OutgoingMail mail) {
    em.persist(mail);
  }
}
