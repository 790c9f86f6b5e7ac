package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.identity.IdentityOutcome;
import id.jht.portal.application.pendingclaim.PendingClaimService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * Who identified in this browser session, as ids only: no NIK, KPJ or other personal data lives in
 * the session (it may be replicated to other nodes).
 */
@SessionScoped
public class ParticipantSession implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PendingClaimService pendingClaims;

  private Long participantId;
  private Long membershipId;
  private String displayName;
  private Long claimId;
  private IdentityOutcome.Confirmed confirmation;

  public void identified(Long participantId, Long membershipId, String displayName) {
    this.participantId = participantId;
    this.membershipId = membershipId;
    this.displayName = displayName;
  }

  /** The draft (or submitted claim) this session works on. */
  public void workOn(Long claimId) {
    this.claimId = claimId;
  }

  public Long getClaimId() {
    return claimId;
  }

  public void chooseMembership(Long membershipId) {
    this.membershipId = membershipId;
  }

  public boolean isIdentified() {
    return participantId != null;
  }

  public Long getParticipantId() {
    return participantId;
  }

  public Long getMembershipId() {
    return membershipId;
  }

  public String getDisplayName() {
    return displayName;
  }

  /**
   * The identity check just confirmed, kept while the identity page asks for more (which KPJ;
   * resume or cancel a pending draft): that page keeps no view state. Memberships appear only
   * masked.
   */
  public void rememberConfirmation(IdentityOutcome.Confirmed confirmation) {
    this.confirmation = confirmation;
  }

  public IdentityOutcome.Confirmed getConfirmation() {
    return confirmation;
  }

  public void forget() {
    confirmation = null;
    participantId = null;
    membershipId = null;
    displayName = null;
    claimId = null;
  }

  /**
   * The session ended (time-out or sign-out): a draft without a queue number is abandoned now, not
   * 30 minutes later, so other channels see it at once. Never throws: a session must always end.
   */
  @PreDestroy
  void sessionEnded() {
    if (participantId == null) {
      return;
    }
    try {
      pendingClaims.sessionEnded(participantId);
    } catch (RuntimeException e) {
      java.util.logging.Logger.getLogger(ParticipantSession.class.getName())
          .log(java.util.logging.Level.WARNING, "Session end not recorded for a draft", e);
    }
  }
}
