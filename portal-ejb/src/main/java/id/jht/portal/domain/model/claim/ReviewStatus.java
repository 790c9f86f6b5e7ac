package id.jht.portal.domain.model.claim;

import java.util.Optional;

/** An officer's verdict on one document, as stored in {@code claim_document.review_status}. */
public enum ReviewStatus {
  /** Uploaded, not yet checked by an officer. */
  PENDING,
  /** The officer accepted the document. */
  ACCEPTED,
  /** The participant has to upload the document again; the reason is in the review note. */
  REUPLOAD;

  /** The verdict stored in a column; empty for an unknown or missing value. */
  public static Optional<ReviewStatus> of(String stored) {
    if (stored == null) {
      return Optional.empty();
    }
    for (ReviewStatus status : values()) {
      if (status.name().equals(stored.trim())) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
