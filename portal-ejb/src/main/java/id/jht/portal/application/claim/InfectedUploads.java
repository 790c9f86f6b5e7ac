package id.jht.portal.application.claim;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.document.InspectionResult;
import id.jht.portal.application.document.RejectionReason;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.DocumentType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Puts a malware detection on the audit trail, so officers and administrators learn that a claim's
 * participant (or whoever uses their session) sent an infected file. The participant appears by
 * masked NIK only, the file by its slot and the signature's name, never by its file name.
 */
@Stateless
public class InfectedUploads {

  /** The audit action of a refused infected upload. */
  public static final String ACTION = "DOCUMENT_MALWARE_REFUSED";

  @Inject AuditTrail audit;

  /** Records {@code rejected} if it is a detection; other rejections are the participant's own. */
  public void recordIfInfected(
      Claim claim, DocumentType type, InspectionResult.Rejected rejected, String clientAddress) {
    if (rejected.reason() != RejectionReason.INFECTED) {
      return;
    }
    String signature = rejected.details().isEmpty() ? "?" : rejected.details().get(0).toString();
    audit.record(
        new AuditTrail.Actor(
            "participant:" + claim.getParticipant().getNik().masked(),
            "PARTICIPANT",
            claim.getBranch() == null ? null : claim.getBranch().getId(),
            clientAddress),
        ACTION,
        "claim",
        claim.getId(),
        "document=" + type.name() + " signature=" + signature);
  }
}
