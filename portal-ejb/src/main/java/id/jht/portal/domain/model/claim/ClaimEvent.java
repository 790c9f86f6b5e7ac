package id.jht.portal.domain.model.claim;

import id.jht.portal.domain.model.entity.GeneratedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stage of a claim's life, shown on the participant's timeline. Ordered by id, not time. */
@Entity
@Table(name = "claim_event")
public class ClaimEvent extends GeneratedIdEntity {

  private Long claimId;

  @Column(name = "event_type")
  private String type;

  private Instant occurredAt;
  private String actor;
  private String note;

  protected ClaimEvent() {}

  public ClaimEvent(Long claimId, String type, Instant occurredAt, String actor, String note) {
    this.claimId = claimId;
    this.type = type;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.note = note;
  }

  public Long getClaimId() {
    return claimId;
  }

  public String getType() {
    return type;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getNote() {
    return note;
  }
}
