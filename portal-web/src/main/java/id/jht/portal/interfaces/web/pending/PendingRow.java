package id.jht.portal.interfaces.web.pending;

import id.jht.portal.application.pendingclaim.PendingClaimService;
import id.jht.portal.application.pendingclaim.PendingClaimView;
import id.jht.portal.domain.model.pendingclaim.PendingClaimStatus;
import id.jht.portal.interfaces.web.support.FacesMessages;
import java.io.Serializable;

/**
 * A pending-claim record as the officers' list shows it: identifiers masked (the service masks
 * them), times already formatted in the branch's zone.
 */
public class PendingRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final PendingClaimView view;
  private final String createdAt;
  private final String expiresAt;
  private final String closedAt;
  private final String closedBy;

  PendingRow(PendingClaimView view, BranchTimes times, FacesMessages messages) {
    this.view = view;
    this.createdAt = times.format(view.createdAt(), view.branchCode());
    this.expiresAt = times.format(view.expiresAt(), view.branchCode());
    this.closedAt = times.format(view.closedAt(), view.branchCode());
    this.closedBy = closer(view.closedBy(), messages);
  }

  /** Who closed the record: a staff member's user name, or the participant or the portal. */
  private static String closer(String closedBy, FacesMessages messages) {
    if (PendingClaimService.PARTICIPANT.equals(closedBy)) {
      return messages.text("pendingui.staff.closedBy.participant");
    }
    if (PendingClaimService.SYSTEM.equals(closedBy)) {
      return messages.text("pendingui.staff.closedBy.system");
    }
    return closedBy == null ? "" : closedBy;
  }

  public Long getId() {
    return view.id();
  }

  public String getParticipantName() {
    return view.participantName();
  }

  public String getMaskedNik() {
    return view.maskedNik();
  }

  public String getMaskedKpj() {
    return view.maskedKpj();
  }

  /** The bundle key of the claim reason, or null when none was chosen yet. */
  public String getReasonKey() {
    return view.reason() == null ? null : "reason." + view.reason();
  }

  public String getBranchCode() {
    return view.branchCode();
  }

  public String getBranchName() {
    return view.branchName();
  }

  public String getStatus() {
    return view.status().name();
  }

  public String getStatusKey() {
    return view.statusKey();
  }

  public boolean isOpen() {
    return view.status() == PendingClaimStatus.OPEN;
  }

  public String getCreatedAt() {
    return createdAt;
  }

  public String getExpiresAt() {
    return expiresAt;
  }

  public String getClosedAt() {
    return closedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  /**
   * An officer's reason for cancelling; other closures carry only internal notes, which are not
   * shown.
   */
  public String getCloseReason() {
    return view.status() == PendingClaimStatus.CANCELLED_BY_OFFICER ? view.closeReason() : null;
  }
}
