package id.jht.portal.domain.model.audit;

import id.jht.portal.domain.model.entity.GeneratedIdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail: who did what, to what, when and why. Never updated. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends GeneratedIdEntity {

  private Instant occurredAt;
  private String actor;
  private String actorRole;
  private String action;
  private String targetType;
  private String targetId;
  private Long branchId;
  private String detail;
  private String clientAddress;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt,
      String actor,
      String actorRole,
      String action,
      String targetType,
      String targetId,
      Long branchId,
      String detail,
      String clientAddress) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.actorRole = actorRole;
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
    this.branchId = branchId;
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    this.clientAddress = clientAddress;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getActorRole() {
    return actorRole;
  }

  public String getAction() {
    return action;
  }

  public String getTargetType() {
    return targetType;
  }

  public String getTargetId() {
    return targetId;
  }

  public Long getBranchId() {
    return branchId;
  }

  public String getDetail() {
    return detail;
  }

  public String getClientAddress() {
    return clientAddress;
  }
}
