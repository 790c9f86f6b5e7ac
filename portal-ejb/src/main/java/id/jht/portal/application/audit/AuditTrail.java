package id.jht.portal.application.audit;

import id.jht.portal.domain.model.audit.AuditEvent;
import id.jht.portal.domain.model.audit.AuditEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Records officer and administrator actions in the caller's transaction: the action and its audit
 * line commit or roll back together.
 */
@Stateless
public class AuditTrail {

  @Inject AuditEvents events;
  @Inject Clock clock;

  public void record(
      Actor actor, String action, String targetType, Object targetId, String detail) {
    events.add(
        new AuditEvent(
            clock.instant(),
            actor.username(),
            actor.role(),
            action,
            targetType,
            targetId == null ? null : targetId.toString(),
            actor.branchId(),
            detail,
            actor.clientAddress()));
  }

  /** Who acts: a staff member, a participant (masked) or a channel, and from where. */
  public record Actor(String username, String role, Long branchId, String clientAddress) {}
}
