package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.claim.ClaimAccessDeniedException;
import id.jht.portal.application.claim.ClaimDraftService;
import id.jht.portal.application.claim.DraftView;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.application.pendingclaim.PendingClaimService;
import id.jht.portal.application.pendingclaim.PendingClaimView;
import id.jht.portal.interfaces.web.support.FacesMessages;
import id.jht.portal.interfaces.web.support.MessagesAcrossRedirect;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * What every wizard step shares: the participant's draft loaded from the server (never from the
 * browser), the redirect to the identity step when the browser carries no identified participant,
 * the redirect to the step reached when a later step is opened too early, and rejected fields shown
 * next to their inputs.
 */
public abstract class WizardStep implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ParticipantSession participant;
  @Inject ClaimDraftService drafts;
  @Inject FacesMessages messages;
  @Inject PendingClaimService pendingClaims;

  protected DraftView draft;

  /** The step this page is (2 = reason ... 6 = confirm). */
  protected abstract int step();

  /** The form's id, for tying messages to fields. */
  protected abstract String formId();

  /** View action: loads the draft, or sends the visitor where they belong. */
  public void load() {
    if (!FacesContext.getCurrentInstance().isPostback()) {
      if (!loadDraft()) {
        return;
      }
      if (!draft.isDraft()) {
        redirect("/claim/booked.xhtml");
      } else if (draft.stepReached() < step()) {
        redirect(WizardSteps.path(draft.stepReached()));
      } else {
        onLoad();
      }
    }
  }

  /**
   * A post of a stateless step page (request-scoped bean, no view state): the draft and what the
   * form was filled from are read again before the posted values are applied, so the page checks
   * and renders what it showed. Every step is such a page, the documents step included.
   */
  @PostConstruct
  void loadOnPost() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      if (loadDraft()) {
        onLoad();
      } else {
        FacesContext.getCurrentInstance().responseComplete();
      }
    }
  }

  /** The participant's draft, or false after a redirect to the identity step. */
  private boolean loadDraft() {
    if (!participant.isIdentified() || participant.getClaimId() == null) {
      if (participant.wasRefused()) {
        // A forged, damaged or expired cookie: the participant identifies again, the draft
        // resumes where it was.
        participant.forget();
        messages.info(null, "error.expired.text");
      }
      redirect("/claim/identity.xhtml");
      return false;
    }
    try {
      draft = drafts.view(participant.getClaimId(), participant.getParticipantId());
      return true;
    } catch (ClaimAccessDeniedException e) {
      participant.forget();
      redirect("/claim/identity.xhtml");
      return false;
    }
  }

  /** Fills the form from the draft (when the page is first shown; again on a stateless post). */
  protected void onLoad() {}

  protected void reload() {
    draft = drafts.view(participant.getClaimId(), participant.getParticipantId());
  }

  /** Shows every rejected field next to its input and in the summary. */
  protected void show(ValidationFailedException rejected) {
    for (ValidationFailedException.FieldError error : rejected.errors()) {
      messages.error(formId() + ":" + error.field(), error.message());
    }
  }

  protected String next() {
    return WizardSteps.path(step() + 1) + "?faces-redirect=true";
  }

  protected String previous() {
    return WizardSteps.path(step() - 1) + "?faces-redirect=true";
  }

  public String back() {
    return previous();
  }

  protected static void redirect(String path) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      MessagesAcrossRedirect.keep();
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Leaves the wizard: the draft stays saved and is recorded as a pending claim straight away, the
   * participant's cookie is removed, and identifying again resumes where the participant was.
   */
  public String leave() {
    Long who = participant.getParticipantId();
    // Recorded now rather than by the detector 30 minutes later, so that the home page can say
    // what other channels see from this moment on.
    pendingClaims.sessionEnded(who);
    Optional<PendingClaimView> record =
        who == null ? Optional.empty() : pendingClaims.openRecordsOf(who).stream().findFirst();
    participant.forget();
    return "/index.xhtml?faces-redirect=true&left=true"
        + record.map(r -> LeftWizardNotice.query(r.branchCode(), r.expiresAt())).orElse("");
  }

  public DraftView getDraft() {
    return draft;
  }

  public int getStep() {
    return step();
  }
}
