package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.claim.ClaimSubmissionService;
import id.jht.portal.application.claim.ClaimSubmissionService.Submission;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.application.queue.Alternative;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Step 6: the summary with masked identifiers, the declaration, and the submission. */
@Named
@RequestScoped
public class ConfirmStepBean extends WizardStep {

  private static final long serialVersionUID = 1L;

  @Inject ClaimSubmissionService submission;

  private boolean declaration;
  private List<Alternative> alternatives = List.of();

  @Override
  protected int step() {
    return 6;
  }

  @Override
  protected String formId() {
    return "confirm";
  }

  public String submit() {
    try {
      Submission result =
          submission.submit(participant.getClaimId(), participant.getParticipantId(), declaration);
      if (result instanceof Submission.Booked) {
        return "/claim/booked.xhtml?faces-redirect=true";
      }
      if (result instanceof Submission.Full full) {
        alternatives = full.alternatives();
        messages.error(null, full.message());
      } else {
        messages.error(null, ((Submission.Refused) result).message());
      }
    } catch (ValidationFailedException rejected) {
      show(rejected);
    }
    return null;
  }

  public String alternativeLabel(Alternative a) {
    return messages.text(
        "wizard.confirm.alternative",
        a.branch().getName(),
        a.serviceDate().format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", messages.locale())),
        a.session().code(),
        a.session().remaining());
  }

  public String rupiah(Long amount) {
    return amount == null ? "" : messages.rupiah(amount);
  }

  public String dayLabel() {
    return draft.serviceDate() == null
        ? ""
        : draft
            .serviceDate()
            .format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", messages.locale()));
  }

  public boolean isDeclaration() {
    return declaration;
  }

  public void setDeclaration(boolean declaration) {
    this.declaration = declaration;
  }

  public List<Alternative> getAlternatives() {
    return alternatives;
  }
}
