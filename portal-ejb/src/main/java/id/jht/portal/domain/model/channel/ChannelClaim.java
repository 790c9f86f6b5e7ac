package id.jht.portal.domain.model.channel;

import id.jht.portal.domain.model.entity.VersionedEntity;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.PersonName;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A claim another channel holds, registered by that channel under its own reference. */
@Entity
@Table(name = "channel_claim")
public class ChannelClaim extends VersionedEntity {

  private Long channelId;
  private String reference;
  private Nik nik;
  private Kpj kpj;
  private PersonName fullName;
  private String branchCode;
  private String status;
  private Instant createdAt;
  private Instant updatedAt;

  protected ChannelClaim() {}

  public ChannelClaim(Long channelId, String reference, Instant now) {
    this.channelId = channelId;
    this.reference = reference;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void update(
      Nik nik, Kpj kpj, PersonName fullName, String branchCode, String status, Instant now) {
    this.nik = nik;
    this.kpj = kpj;
    this.fullName = fullName;
    this.branchCode = branchCode;
    this.status = status;
    this.updatedAt = now;
  }

  public Long getChannelId() {
    return channelId;
  }

  public String getReference() {
    return reference;
  }

  public Nik getNik() {
    return nik;
  }

  public Kpj getKpj() {
    return kpj;
  }

  public PersonName getFullName() {
    return fullName;
  }

  public String getBranchCode() {
    return branchCode;
  }

  public String getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
