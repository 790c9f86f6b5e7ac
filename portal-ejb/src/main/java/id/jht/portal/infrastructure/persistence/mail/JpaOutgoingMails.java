package id.jht.portal.infrastructure.persistence.mail;

import id.jht.portal.domain.model.mail.OutgoingMail;
import id.jht.portal.domain.model.mail.OutgoingMails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The mail outbox over JPA. */
@ApplicationScoped
public class JpaOutgoingMails implements OutgoingMails {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public void add(OutgoingMail mail) {
    em.persist(mail);
  }
}
