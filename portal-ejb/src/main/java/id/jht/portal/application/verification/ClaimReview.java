package id.jht.portal.application.verification;

import id.jht.portal.domain.model.claim.ReviewStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A claim as an officer verifies it. Identity and account numbers come masked (first two and last
 * two digits): the officer compares them with the documents, which show them in full anyway, and
 * the page never carries them.
 *
 * @param version the claim's version when read; every action sends it back, so a change made
 *     meanwhile by someone else is noticed instead of overwritten
 * @param zoneId the branch's time zone, for showing times as the branch reads them
 * @param reason a {@link id.jht.portal.domain.model.claim.ClaimReason} name, or {@code null}
 * @param bankCode a {@link id.jht.portal.domain.model.contact.Bank} name, or {@code null}
 * @param allowed the {@link Decision} names the caller may take now
 */
public record ClaimReview(
    long claimId,
    int version,
    String claimStatus,
    long ticketId,
    String ticketNumber,
    String ticketStatus,
    String desk,
    String branchCode,
    String branchName,
    String zoneId,
    LocalDate serviceDate,
    String sessionCode,
    String participantName,
    String maskedNik,
    String maskedKpj,
    String reason,
    Long payableAmount,
    Long balanceAtSubmission,
    String bankCode,
    String maskedAccountNumber,
    String accountHolder,
    String email,
    String phone,
    List<ReviewedDocument> documents,
    List<TimelineEntry> timeline,
    Set<String> allowed)
    implements Serializable {

  public ClaimReview {
    documents = List.copyOf(documents);
    timeline = List.copyOf(timeline);
    allowed = Set.copyOf(allowed);
  }

  /** Whether the caller may take {@code decision} (a {@link Decision} name) now. */
  public boolean allows(String decision) {
    return allowed.contains(decision);
  }

  /** Whether any document is marked for re-upload. */
  public boolean hasReuploads() {
    return documents.stream().anyMatch(d -> ReviewStatus.REUPLOAD.name().equals(d.reviewStatus()));
  }
}
