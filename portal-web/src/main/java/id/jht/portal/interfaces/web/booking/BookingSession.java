package id.jht.portal.interfaces.web.booking;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * The booking this browser session opened on the status page, as ids only: no booking code, NIK,
 * KPJ or other personal data lives in the session (it may be replicated to other nodes).
 */
@SessionScoped
public class BookingSession implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long claimId;
  private Long participantId;

  /** The booking code and identity matched: this session may show and change the booking. */
  public void open(Long claimId, Long participantId) {
    this.claimId = claimId;
    this.participantId = participantId;
  }

  public boolean isOpen() {
    return claimId != null && participantId != null;
  }

  public Long getClaimId() {
    return claimId;
  }

  public Long getParticipantId() {
    return participantId;
  }

  public void close() {
    claimId = null;
    participantId = null;
  }
}
