package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.application.correction.CorrectionRequestService;
import id.jht.portal.application.correction.CorrectionView;
import id.jht.portal.domain.model.claim.ClaimReason;
import id.jht.portal.domain.model.claim.EligibilityDecision;
import id.jht.portal.domain.model.correction.CorrectionKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Step 2: the reason for the claim, with what the rules say about each: all eleven at a glance
 * (available today or why not and from when, the estimated amount), decided once by the same
 * eligibility rules that accept the choice.
 */
@Named
@RequestScoped
public class ReasonStepBean extends WizardStep {

  private static final long serialVersionUID = 1L;

  @Inject CorrectionRequestService corrections;

  private ClaimReason reason;
  private List<EligibilityDecision> decisions;
  private CorrectionView correction;

  @Override
  protected int step() {
    return 2;
  }

  @Override
  protected String formId() {
    return "reason";
  }

  @Override
  protected void onLoad() {
    reason = draft.reason();
    decisions = drafts.eligibility(participant.getClaimId(), participant.getParticipantId());
    correction =
        corrections
            .latest(participant.getParticipantId(), CorrectionKind.MEMBERSHIP_STATUS)
            .orElse(null);
  }

  /**
   * Whether a reason is refused because the registry still shows the membership active: then the
   * participant may ask the branch to correct it, and sees where such a request stands.
   */
  public boolean isStillActive() {
    return decisions != null
        && decisions.stream()
            .anyMatch(
                d -> !d.eligible() && d.refusal().key().startsWith("eligibility.stillActive"));
  }

  /** The participant's newest membership-status correction, or null. */
  public CorrectionView getCorrection() {
    return correction;
  }

  /** The date on the employer's letter, as the page's language writes it. */
  public String getCorrectionLetterDate() {
    return correction == null || correction.letterDate() == null
        ? ""
        : String.valueOf(messages.format(correction.letterDate()));
  }

  /** A new request may be made while the membership is active and none is waiting. */
  public boolean isCorrectionPossible() {
    return isStillActive()
        && (correction == null || !"SUBMITTED".equals(correction.state().name()));
  }

  public String save() {
    try {
      drafts.chooseReason(participant.getClaimId(), participant.getParticipantId(), reason);
      return next();
    } catch (ValidationFailedException rejected) {
      show(rejected);
      return null;
    }
  }

  /** The decision for the selected reason, shown as soon as it is picked. */
  public EligibilityDecision getSelectedDecision() {
    if (reason == null || decisions == null) {
      return null;
    }
    return decisions.stream().filter(d -> d.reason() == reason).findFirst().orElse(null);
  }

  public String refusalText(EligibilityDecision decision) {
    return decision == null || decision.eligible() ? "" : messages.text(decision.refusal());
  }

  /** "Rp 12.345.678 (100 % dari saldo)": what an available reason would pay, before tax. */
  public String estimate(EligibilityDecision decision) {
    return messages.text(
        "wizard.reason.overview.amount",
        messages.rupiah(decision.payableAmount()),
        decision.sharePercent());
  }

  public String rupiah(long amount) {
    return messages.rupiah(amount);
  }

  public ClaimReason[] getReasons() {
    return ClaimReason.values();
  }

  public ClaimReason getReason() {
    return reason;
  }

  public void setReason(ClaimReason reason) {
    this.reason = reason;
  }

  public List<EligibilityDecision> getDecisions() {
    return decisions;
  }

  @Override
  public String back() {
    return "/claim/identity.xhtml?faces-redirect=true";
  }
}
