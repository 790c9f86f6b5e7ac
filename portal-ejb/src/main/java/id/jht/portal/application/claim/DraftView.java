package id.jht.portal.application.claim;

import id.jht.portal.domain.model.claim.ClaimDocument;
import id.jht.portal.domain.model.claim.ClaimReason;
import id.jht.portal.domain.model.claim.ClaimStatus;
import java.time.LocalDate;
import java.util.List;

/** A claim as the wizard shows it: identifiers masked, everything entered so far. */
public record DraftView(
    Long claimId,
    ClaimStatus status,
    int stepReached,
    String fullName,
    String maskedNik,
    String maskedKpj,
    String employerName,
    long balance,
    ClaimReason reason,
    Long payableAmount,
    boolean npwpRequired,
    ContactDetails contact,
    Long branchId,
    String branchName,
    LocalDate serviceDate,
    String sessionCode,
    List<DocumentView> documents,
    List<String> requiredDocuments,
    List<String> optionalDocuments)
    implements java.io.Serializable {

  /** One uploaded document. */
  public record DocumentView(
      String documentType,
      String displayName,
      String contentType,
      long sizeBytes,
      Integer width,
      Integer height,
      Integer pageCount,
      boolean duplicateOfAnother)
      implements java.io.Serializable {

    /** The stored document as the wizard shows it. */
    static DocumentView of(ClaimDocument d, boolean duplicateOfAnother) {
      return new DocumentView(
          d.getDocumentType().name(),
          d.getDisplayName(),
          d.getContentType(),
          d.getSizeBytes(),
          d.getWidth(),
          d.getHeight(),
          d.getPageCount(),
          duplicateOfAnother);
    }
  }

  public boolean isDraft() {
    return status == ClaimStatus.DRAFT;
  }

  public boolean hasDocument(String type) {
    return documents.stream().anyMatch(d -> d.documentType().equals(type));
  }

  public boolean allRequiredDocumentsPresent() {
    return requiredDocuments.stream().allMatch(this::hasDocument);
  }
}
