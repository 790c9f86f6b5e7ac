package id.jht.portal.infrastructure.persistence.audit;

import id.jht.portal.domain.model.audit.AuditEvent;
import id.jht.portal.domain.model.audit.AuditEvents;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The audit trail over JPA. */
@ApplicationScoped
public class JpaAuditEvents extends JpaRepository implements AuditEvents {

  @Override
  public void add(AuditEvent event) {
    em.persist(event);
  }
}
