package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.claim.DraftView;
import id.jht.portal.application.claim.EarlierDocuments;
import id.jht.portal.interfaces.web.support.FacesMessages;
import id.jht.portal.interfaces.web.support.MessagesAcrossRedirect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The documents step's offer of a cancelled claim's documents ("gunakan dokumen klaim sebelumnya"),
 * beside the step's own form so that the upload page stays as it is. Request-scoped like the step
 * (the page keeps no view state): the offer is read from the database on every request.
 */
@Named
@RequestScoped
public class EarlierDocumentsBean {

  @Inject ParticipantSession participant;
  @Inject EarlierDocuments earlier;
  @Inject FacesMessages messages;

  private List<DraftView.DocumentView> offered;

  /** The earlier claim's documents that fit this claim's reason and empty slots. */
  public List<DraftView.DocumentView> getOffered() {
    if (offered == null) {
      offered =
          participant.isIdentified() && participant.getClaimId() != null
              ? earlier.offered(participant.getClaimId(), participant.getParticipantId())
              : List.of();
    }
    return offered;
  }

  public String reuse() {
    int copied = earlier.reuse(participant.getClaimId(), participant.getParticipantId());
    messages.info(null, "wizard.documents.reuse.done", copied);
    MessagesAcrossRedirect.keep();
    return "/claim/documents.xhtml?faces-redirect=true";
  }
}
