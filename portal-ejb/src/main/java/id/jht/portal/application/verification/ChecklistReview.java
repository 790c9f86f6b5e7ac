package id.jht.portal.application.verification;

import id.jht.portal.application.document.LocalizableText;
import id.jht.portal.domain.model.claim.ClaimDocument;
import id.jht.portal.domain.model.claim.ReviewStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An officer's ticks on a claim's documents, checked against the claim's own documents: a verdict
 * to re-upload needs its reason, reasons have a length limit, unticked and foreign documents are
 * ignored, and only what differs from the stored review counts as a change.
 */
final class ChecklistReview {

  /** The refusal, or the changes to store (possibly none). */
  record Outcome(Optional<DecisionOutcome> refusal, List<DocumentCheck> changes) {}

  private ChecklistReview() {}

  static Outcome of(
      Map<Long, ClaimDocument> documents, List<DocumentCheck> checks, int maxReasonLength) {
    List<DocumentCheck> changes = new ArrayList<>();
    for (DocumentCheck check : checks == null ? List.<DocumentCheck>of() : checks) {
      ClaimDocument document = documents.get(check.documentId());
      if (document == null || check.verdict() == null || check.verdict() == ReviewStatus.PENDING) {
        continue; // not a document of this claim, or left unticked
      }
      String note = check.note() == null ? "" : check.note().strip();
      LocalizableText label = LocalizableText.of("document." + document.getDocumentType());
      if (check.verdict() == ReviewStatus.REUPLOAD && note.isEmpty()) {
        return new Outcome(
            Optional.of(DecisionOutcome.refused("verification.checklist.reasonRequired", label)),
            List.of());
      }
      if (note.length() > maxReasonLength) {
        return new Outcome(
            Optional.of(
                DecisionOutcome.refused(
                    "verification.checklist.reasonTooLong",
                    label,
                    Integer.toString(maxReasonLength))),
            List.of());
      }
      boolean same =
          check.verdict() == document.getReviewStatus()
              && note.equals(document.getReviewNote() == null ? "" : document.getReviewNote());
      if (!same) {
        changes.add(new DocumentCheck(check.documentId(), check.verdict(), note));
      }
    }
    return new Outcome(Optional.empty(), changes);
  }

  /** Stores the changes on the documents; returns them as one line for the audit trail. */
  static String apply(Map<Long, ClaimDocument> documents, List<DocumentCheck> changes) {
    StringBuilder detail = new StringBuilder();
    for (DocumentCheck change : changes) {
      ClaimDocument document = documents.get(change.documentId());
      document.review(change.verdict(), change.note().isEmpty() ? null : change.note());
      detail.append(document.getDocumentType()).append('=').append(change.verdict());
      if (!change.note().isEmpty()) {
        detail.append(" (").append(change.note()).append(')');
      }
      detail.append("; ");
    }
    return detail.toString();
  }
}
