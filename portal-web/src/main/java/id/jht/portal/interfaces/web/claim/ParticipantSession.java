package id.jht.portal.interfaces.web.claim;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * Who identified in this browser session, as ids only: no NIK, KPJ or other personal data lives in
 * the session (it may be replicated to other nodes).
 */
@SessionScoped
public class ParticipantSession implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long participantId;
  private Long membershipId;
  private String displayName;

  public void identified(Long participantId, Long membershipId, String displayName) {
    this.participantId = participantId;
    this.membershipId = membershipId;
    this.displayName = displayName;
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

  public void forget() {
    participantId = null;
    membershipId = null;
    displayName = null;
  }
}
