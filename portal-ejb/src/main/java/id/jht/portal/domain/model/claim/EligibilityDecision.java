package id.jht.portal.domain.model.claim;

import id.jht.portal.domain.shared.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a participant may claim for a reason today, and what they would receive.
 *
 * @param reason the reason decided on
 * @param eligible whether the claim can be submitted today
 * @param sharePercent the reason's share of the balance
 * @param payableAmount the share of the balance in whole Rupiah, rounded down; 0 when not eligible
 * @param npwpRequired whether the balance is above the NPWP threshold
 * @param refusal when not eligible: why, and what to do; {@code null} when eligible
 * @param eligibleFrom when not eligible but the day the claim opens is known (end of a waiting
 *     period, 56th birthday, tenth membership anniversary): that day; {@code null} otherwise
 */
public record EligibilityDecision(
    ClaimReason reason,
    boolean eligible,
    int sharePercent,
    long payableAmount,
    boolean npwpRequired,
    Message refusal,
    LocalDate eligibleFrom)
    implements java.io.Serializable {

  public EligibilityDecision {
    Objects.requireNonNull(reason, "reason");
    if (eligible != (refusal == null)) {
      throw new IllegalArgumentException("A refusal message is given exactly when not eligible");
    }
    if (eligible && eligibleFrom != null) {
      throw new IllegalArgumentException("An eligible decision has no later opening date");
    }
  }

  /** The refusal, if any. */
  public Optional<Message> refusalMessage() {
    return Optional.ofNullable(refusal);
  }

  /** The day the claim opens, when not eligible today and that day is known. */
  public Optional<LocalDate> eligibleFromDate() {
    return Optional.ofNullable(eligibleFrom);
  }

  /** Documents to upload for this claim, NPWP included when required. */
  public List<DocumentType> requiredDocuments() {
    return reason.requiredDocuments(npwpRequired);
  }

  /** Documents the participant may add. */
  public List<DocumentType> optionalDocuments() {
    return reason.optionalDocuments(npwpRequired);
  }
}
