package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.claim.ClaimBlockedException;
import id.jht.portal.application.claim.ClaimDraftService;
import id.jht.portal.application.claim.ConcurrentDraftException;
import id.jht.portal.application.claim.DraftView;
import id.jht.portal.interfaces.web.support.FacesMessages;
import id.jht.portal.interfaces.web.support.MessagesAcrossRedirect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Opens the identified participant's draft, a new one or the one left earlier wherever it was left,
 * and names the step to go to: coming back days later resumes with data and documents. Used where
 * an identification ends (the identity step, and resuming a pending draft that has gone meanwhile).
 */
@RequestScoped
public class DraftOpener {

  @Inject ClaimDraftService drafts;
  @Inject ParticipantSession participantSession;
  @Inject FacesMessages messages;

  /**
   * The outcome to navigate to (messages kept across the redirect), or null with a message when
   * another channel's claim blocks a new one (the page lists the locks).
   */
  public String open(Long membershipId) {
    Long participantId = participantSession.getParticipantId();
    Long claimId;
    try {
      try {
        claimId = drafts.startOrResume(participantId, membershipId);
      } catch (ConcurrentDraftException startedElsewhere) {
        claimId = drafts.startOrResume(participantId, membershipId);
      }
    } catch (ClaimBlockedException blocked) {
      // The page lists the locks with branch, booking code and remedy (claim-locks.xhtml).
      messages.error(null, "pendingui.locks.blockedElsewhere");
      return null;
    }
    participantSession.workOn(claimId);
    participantSession.choiceMade();
    DraftView draft = drafts.view(claimId, participantId);
    MessagesAcrossRedirect.keep();
    if (!draft.isDraft()) {
      return "/claim/booked.xhtml?faces-redirect=true";
    }
    return WizardSteps.path(Math.max(2, draft.stepReached())) + "?faces-redirect=true";
  }
}
