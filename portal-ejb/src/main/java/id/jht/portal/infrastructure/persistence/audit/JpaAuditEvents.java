package id.jht.portal.infrastructure.persistence.audit;

import id.jht.portal.domain.model.audit.AuditEvent;
import id.jht.portal.domain.model.audit.AuditEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The audit trail over JPA. */
@ApplicationScoped
public class JpaAuditEvents implements AuditEvents {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public void add(AuditEvent event) {
    em.persist(event);
  }
}
