package id.jht.portal.domain.model.channel;

import id.jht.portal.domain.model.entity.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Another channel (mobile app, branch counter, website) allowed to call the API. Only the SHA-256
 * of its key is stored; the key itself is shown once, when created or rotated.
 */
@Entity
@Table(name = "api_channel")
public class ApiChannel extends VersionedEntity {

  private String code;
  private String displayNameId;
  private String displayNameEn;
  private String keyHash;
  private String keyPrefix;
  private int requestsPerMinute;
  private boolean active;
  private Instant createdAt;
  private Instant rotatedAt;
  private Instant revokedAt;

  protected ApiChannel() {}

  public ApiChannel(
      String code,
      String displayNameId,
      String displayNameEn,
      String keyHash,
      String keyPrefix,
      int requestsPerMinute,
      Instant createdAt) {
    this.code = code;
    this.displayNameId = displayNameId;
    this.displayNameEn = displayNameEn;
    this.keyHash = keyHash;
    this.keyPrefix = keyPrefix;
    this.requestsPerMinute = requestsPerMinute;
    this.active = true;
    this.createdAt = createdAt;
  }

  public String getCode() {
    return code;
  }

  public String getDisplayNameId() {
    return displayNameId;
  }

  public String getDisplayNameEn() {
    return displayNameEn;
  }

  public String getKeyHash() {
    return keyHash;
  }

  public String getKeyPrefix() {
    return keyPrefix;
  }

  public int getRequestsPerMinute() {
    return requestsPerMinute;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getRotatedAt() {
    return rotatedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public void rotateKey(String newHash, String newPrefix, Instant now) {
    this.keyHash = newHash;
    this.keyPrefix = newPrefix;
    this.rotatedAt = now;
  }

  public void revoke(Instant now) {
    this.active = false;
    this.revokedAt = now;
  }

  public void setRequestsPerMinute(int requestsPerMinute) {
    this.requestsPerMinute = requestsPerMinute;
  }
}
