package id.jht.portal.domain.model.claim;

import id.jht.portal.domain.model.entity.GeneratedIdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An accepted upload for one document slot of a claim. The bytes live in the document store under
 * {@code storageKey}; the participant's file name is kept for display only.
 */
@Entity
@Table(name = "claim_document")
public class ClaimDocument extends GeneratedIdEntity {

  private Long claimId;

  @Enumerated(EnumType.STRING)
  private DocumentType documentType;

  private String displayName;
  private String storageKey;
  private String contentType;
  private long sizeBytes;
  private String sha256;
  private Integer width;
  private Integer height;
  private Integer pageCount;

  @Enumerated(EnumType.STRING)
  private ReviewStatus reviewStatus;

  private String reviewNote;
  private Instant uploadedAt;

  protected ClaimDocument() {}

  public ClaimDocument(
      Long claimId,
      DocumentType documentType,
      String displayName,
      String storageKey,
      String contentType,
      long sizeBytes,
      String sha256,
      Integer width,
      Integer height,
      Integer pageCount,
      Instant uploadedAt) {
    this.claimId = claimId;
    this.documentType = documentType;
    this.displayName = displayName;
    this.storageKey = storageKey;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.width = width;
    this.height = height;
    this.pageCount = pageCount;
    this.reviewStatus = ReviewStatus.PENDING;
    this.uploadedAt = uploadedAt;
  }

  public Long getClaimId() {
    return claimId;
  }

  public DocumentType getDocumentType() {
    return documentType;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getStorageKey() {
    return storageKey;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public Integer getWidth() {
    return width;
  }

  public Integer getHeight() {
    return height;
  }

  public Integer getPageCount() {
    return pageCount;
  }

  public ReviewStatus getReviewStatus() {
    return reviewStatus;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public void review(ReviewStatus status, String note) {
    this.reviewStatus = status;
    this.reviewNote = note;
  }
}
