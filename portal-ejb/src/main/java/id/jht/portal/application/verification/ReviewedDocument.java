package id.jht.portal.application.verification;

import id.jht.portal.domain.model.claim.ReviewStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * One document of a claim as the officer sees it; its content is fetched separately through the
 * authorised document handler by {@code id}.
 *
 * @param documentType a {@link id.jht.portal.domain.model.claim.DocumentType} name
 * @param reviewStatus a {@link ReviewStatus} name
 */
public record ReviewedDocument(
    long id,
    String documentType,
    String contentType,
    long sizeBytes,
    Integer width,
    Integer height,
    Integer pageCount,
    String reviewStatus,
    String reviewNote,
    Instant uploadedAt)
    implements Serializable {

  public boolean isImage() {
    return contentType != null && contentType.startsWith("image/");
  }

  public boolean isPdf() {
    return "application/pdf".equals(contentType);
  }

  /** Size in kilobytes, rounded up, for display. */
  public long sizeKilobytes() {
    return (sizeBytes + 1023) / 1024;
  }
}
