package id.jht.portal.interfaces.web.pending;

import id.jht.portal.application.claim.ClaimDraftService;
import id.jht.portal.application.claim.DraftView;
import id.jht.portal.application.identity.IdentityOutcome;
import id.jht.portal.application.pendingclaim.ClaimLock;
import id.jht.portal.application.pendingclaim.ClaimLockService;
import id.jht.portal.application.pendingclaim.PendingClaimService;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.interfaces.web.claim.DraftOpener;
import id.jht.portal.interfaces.web.claim.ParticipantSession;
import id.jht.portal.interfaces.web.claim.WizardSteps;
import id.jht.portal.interfaces.web.support.FacesMessages;
import id.jht.portal.interfaces.web.support.MessagesAcrossRedirect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The claim locks on a person, for the view component {@code WEB-INF/includes/claim-locks.xhtml},
 * and the remedies for this portal's own pending draft: resume it where it was left, or cancel it,
 * which unblocks every channel at once. Locks are read once per request and person; the actions
 * work on the participant identified in this browser session, never on an id from the page.
 */
@Named
@RequestScoped
public class ClaimLocksBean {

  private static final String IDENTITY = "/claim/identity.xhtml?faces-redirect=true";

  /** The id of the locks' form (claim-locks.xhtml), sent with every post of it. */
  private static final String FORM_ID = "claim-locks";

  @Inject ClaimLockService lockService;
  @Inject PendingClaimService pendingClaims;
  @Inject ClaimDraftService drafts;
  @Inject DraftOpener draftOpener;
  @Inject ParticipantSession participantSession;
  @Inject ParticipantIdentifiers identifiers;
  @Inject FacesMessages messages;
  @Inject BranchTimes times;

  private final Map<String, List<LockRow>> cache = new HashMap<>();

  /** The locks on the participant identified in this session; empty when nobody is. */
  public List<LockRow> forSessionParticipant() {
    return forParticipant(participantSession.getParticipantId());
  }

  /** The locks on a participant (all of their KPJ cards); empty for null or an unknown id. */
  public List<LockRow> forParticipant(Long participantId) {
    if (participantId == null) {
      return List.of();
    }
    return cache.computeIfAbsent(
        "participant:" + participantId,
        key -> identifiers.nikOf(participantId).map(nik -> rows(nik, null)).orElse(List.of()));
  }

  /**
   * The locks on a person by NIK and, optionally, KPJ (only that card's claims then count); empty
   * for a malformed number, since the caller's own validation reports that.
   */
  public List<LockRow> forPerson(String nik, String kpjOrNull) {
    if (nik == null || nik.isBlank()) {
      return List.of();
    }
    return cache.computeIfAbsent("person:" + nik + ":" + kpjOrNull, key -> rows(nik, kpjOrNull));
  }

  /** Continues the pending draft at the step it reached, with its data and documents. */
  public String resume() {
    Long participantId = participantSession.getParticipantId();
    if (participantId == null) {
      return identityAgain();
    }
    Optional<Long> draftId = pendingClaims.resume(participantId);
    cache.clear();
    if (draftId.isEmpty()) {
      // Expired by the sweep, or cancelled by an officer or on another device, since the page was
      // shown: say so, and go on as the identification would now.
      messages.warn(null, "pendingui.locks.nothingToResume");
      IdentityOutcome.Confirmed confirmed = participantSession.getConfirmation();
      return confirmed == null || confirmed.hasSeveralMemberships()
          ? null // the identity page asks which KPJ
          : draftOpener.open(confirmed.membershipId());
    }
    participantSession.workOn(draftId.get());
    DraftView draft = drafts.view(draftId.get(), participantId);
    keepMessagesOverRedirect();
    messages.info(null, "pendingui.locks.resumed");
    if (!draft.isDraft()) {
      return "/claim/booked.xhtml?faces-redirect=true";
    }
    return WizardSteps.path(Math.max(2, draft.stepReached())) + "?faces-redirect=true";
  }

  /**
   * Cancels the pending draft: its records become CANCELLED_BY_PARTICIPANT and the draft is
   * cancelled, so no channel is blocked any more. Shows the current page again, fresh.
   */
  public String cancel() {
    Long participantId = participantSession.getParticipantId();
    if (participantId == null) {
      return identityAgain();
    }
    pendingClaims.cancelByParticipant(participantId);
    participantSession.workOn(null);
    cache.clear();
    keepMessagesOverRedirect();
    messages.info(null, "pendingui.locks.cancelled");
    return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
  }

  /** Whether the locks include the participant's own pending draft, which they may resume. */
  public boolean offersResume(List<LockRow> locks) {
    return locks != null && locks.stream().anyMatch(LockRow::isResumable);
  }

  /**
   * A post of the locks' own form, before its answer is rendered: its buttons must be there to be
   * decoded even when the lock they were shown for has gone meanwhile; the answer then shows the
   * locks as they are.
   */
  public boolean isAnsweringPost() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.isPostback()
        && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
        && faces.getExternalContext().getRequestParameterMap().containsKey(FORM_ID);
  }

  /** The participant's cookie has gone (or expired, which is said): they identify again. */
  private String identityAgain() {
    if (participantSession.wasRefused()) {
      keepMessagesOverRedirect();
      messages.info(null, "error.expired.text");
    }
    return IDENTITY;
  }

  private List<LockRow> rows(String nik, String kpjOrNull) {
    List<ClaimLock> locks;
    try {
      locks = lockService.lookup(nik, kpjOrNull);
    } catch (InvalidValueException malformed) {
      return List.of();
    }
    return locks.stream().map(this::row).toList();
  }

  private LockRow row(ClaimLock lock) {
    boolean english = messages.isEnglish();
    String channel = english ? lock.channelNameEn() : lock.channelNameId();
    LockRow.Remedy remedy = LockRow.remedyFor(lock);
    return new LockRow(
        remedy,
        channel,
        lock.branchName(),
        lock.bookingCode(),
        times.format(lock.since(), lock.branchCode()),
        times.format(lock.expiresAt(), lock.branchCode()),
        english ? lock.messageEnglish() : lock.messageIndonesian(),
        remedyText(remedy, channel, lock.branchName()));
  }

  private String remedyText(LockRow.Remedy remedy, String channel, String branchName) {
    boolean branchKnown = branchName != null && !branchName.isBlank();
    switch (remedy) {
      case RESUME_OR_CANCEL:
        return messages.text("pendingui.locks.remedy.resumeOrCancel");
      case KEEP_APPOINTMENT:
        return branchKnown
            ? messages.text("pendingui.locks.remedy.keepAppointment", branchName)
            : messages.text("pendingui.locks.remedy.keepAppointment.noBranch");
      default:
        return branchKnown
            ? messages.text("pendingui.locks.remedy.contactChannel", channel, branchName)
            : messages.text("pendingui.locks.remedy.contactChannel.noBranch", channel);
    }
  }

  private static void keepMessagesOverRedirect() {
    MessagesAcrossRedirect.keep();
  }
}
