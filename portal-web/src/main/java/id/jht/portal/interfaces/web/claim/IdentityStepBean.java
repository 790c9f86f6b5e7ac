package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.identity.IdentityCheck;
import id.jht.portal.application.identity.IdentityOutcome;
import id.jht.portal.application.identity.IdentityVerificationService;
import id.jht.portal.application.pendingclaim.ClaimLockService;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.interfaces.form.IdentifierForm;
import id.jht.portal.interfaces.http.ClientAddress;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** Wizard step 1: the participant identifies with NIK, KPJ, name and birth date. */
@Named
@RequestScoped
public class IdentityStepBean extends IdentifierForm {

  private static final long serialVersionUID = 1L;

  @Inject IdentityVerificationService identityService;
  @Inject DraftOpener draftOpener;
  @Inject FacesMessages messages;
  @Inject ClientAddress clientAddress;
  @Inject ParticipantSession participantSession;
  @Inject ClaimLockService claimLocks;

  private LocalDate birthDate;
  private String chosenKpj;

  /** Decided by this request's identity check; null: from the session's confirmation. */
  private Boolean heldBack;

  public String verify() {
    heldBack = false;
    try {
      IdentityOutcome outcome =
          identityService.verify(
              new IdentityCheck(getNik(), getKpj(), getFullName(), birthDate), clientAddress.get());
      if (outcome instanceof IdentityOutcome.Confirmed ok) {
        participantSession.awaitChoice(ok);
        messages.info(null, "identity.confirmed", ok.fullName());
        heldBack = claimLocks.holdsOwnPendingDraft(ok.participantId());
        if (heldBack) {
          // A draft left pending earlier: the page shows it (claim-locks.xhtml) with resume and
          // cancel, so that resuming closes the pending record instead of leaving it blocking.
          return null;
        }
        if (!ok.hasSeveralMemberships()) {
          return draftOpener.open(ok.membershipId());
        }
        return null;
      } else if (outcome instanceof IdentityOutcome.Locked locked) {
        messages.error(
            null,
            locked.justNow() ? "identity.lockedNow" : "identity.locked",
            messages.dateTime(locked.until(), null));
      } else if (outcome instanceof IdentityOutcome.Throttled throttled) {
        messages.error(null, "identity.throttled", messages.dateTime(throttled.until(), null));
      } else {
        messages.error(null, "identity.mismatch");
      }
    } catch (InvalidValueException invalid) {
      messages.error("identity:" + invalid.field(), invalid.message());
    }
    return null;
  }

  /** Several KPJ: the participant types the full number of the one to claim. */
  public String chooseKpj() {
    IdentityOutcome.Confirmed confirmed = confirmation();
    if (confirmed == null) {
      return "/claim/identity.xhtml?faces-redirect=true";
    }
    try {
      var chosen = identityService.chooseMembership(confirmed.participantId(), chosenKpj);
      if (chosen.isEmpty()) {
        messages.error("identity:chosenKpj", "identity.chooseKpj.unknown");
        return null;
      }
      participantSession.chooseMembership(chosen.get().membershipId());
      return draftOpener.open(chosen.get().membershipId());
    } catch (InvalidValueException invalid) {
      messages.error("identity:chosenKpj", invalid.message());
      return null;
    }
  }

  /**
   * The confirmation the page's follow-up forms act on. The page is stateless, so it comes from the
   * participant's cookie (read again from the database), and only on a post: opening the page
   * afresh shows the empty form.
   */
  private IdentityOutcome.Confirmed confirmation() {
    return FacesContext.getCurrentInstance().isPostback()
        ? participantSession.getConfirmation()
        : null;
  }

  public boolean isConfirmed() {
    return confirmation() != null;
  }

  /** A pending draft waits for "resume" or "cancel": no KPJ is chosen meanwhile. */
  public boolean isHeldBack() {
    if (heldBack == null) {
      IdentityOutcome.Confirmed confirmed = confirmation();
      heldBack = confirmed != null && claimLocks.holdsOwnPendingDraft(confirmed.participantId());
    }
    return heldBack;
  }

  public List<IdentityOutcome.MembershipHint> getMemberships() {
    IdentityOutcome.Confirmed confirmed = confirmation();
    return confirmed == null ? List.of() : confirmed.memberships();
  }

  public String getKpjHints() {
    return String.join(", ", getMemberships().stream().map(m -> m.maskedKpj()).toList());
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getChosenKpj() {
    return chosenKpj;
  }

  public void setChosenKpj(String chosenKpj) {
    this.chosenKpj = chosenKpj;
  }
}
