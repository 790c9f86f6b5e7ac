package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.domain.model.claim.ClaimReason;
import id.jht.portal.domain.model.claim.EligibilityDecision;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * Step 2: the reason for the claim, with what the rules say about each: all eleven at a glance
 * (available today or why not and from when, the estimated amount), decided once by the same
 * eligibility rules that accept the choice.
 */
@Named
@ViewScoped
public class ReasonStepBean extends WizardStep {

  private static final long serialVersionUID = 1L;

  private ClaimReason reason;
  private List<EligibilityDecision> decisions;

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
