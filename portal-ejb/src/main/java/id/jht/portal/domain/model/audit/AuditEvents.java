package id.jht.portal.domain.model.audit;

/** Repository of the audit trail: insert-only, in the caller's transaction. */
public interface AuditEvents {

  void add(AuditEvent event);
}
