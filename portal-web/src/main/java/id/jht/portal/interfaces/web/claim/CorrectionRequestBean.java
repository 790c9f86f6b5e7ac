package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.correction.CorrectionRequestService;
import id.jht.portal.application.correction.CorrectionView;
import id.jht.portal.domain.model.correction.CorrectionKind;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Message;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The request that the branch correct a membership still reported active ({@code
 * /claim/correction.xhtml}): the employer's letter or proof of termination, its date and a short
 * statement. Reached from the reason step of an identified participant; the statement and date stay
 * on the page when the file is refused.
 */
@Named
@ViewScoped
public class CorrectionRequestBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "correction";

  @Inject ParticipantSession participant;
  @Inject CorrectionRequestService service;
  @Inject FacesMessages messages;

  private String statement;
  private LocalDate letterDate;
  private transient Part document;
  private CorrectionView latest;

  /** Sends anyone not identified back to the identity step. */
  public void load() {
    if (!participant.isIdentified()) {
      WizardStep.redirect("/claim/identity.xhtml");
      return;
    }
    latest =
        service
            .latest(participant.getParticipantId(), CorrectionKind.MEMBERSHIP_STATUS)
            .orElse(null);
  }

  public String submit() {
    if (document == null || document.getSize() == 0) {
      messages.error(FORM + ":document", "correction.document.required");
      return null;
    }
    try (InputStream content = document.getInputStream()) {
      Optional<Message> refused =
          service.submitMembershipStatus(
              participant.getParticipantId(),
              participant.getMembershipId(),
              statement,
              letterDate,
              document.getSubmittedFileName(),
              document.getContentType(),
              content);
      if (refused.isPresent()) {
        messages.error(FORM + ":document", refused.get());
        return null;
      }
    } catch (IOException e) {
      messages.error(FORM + ":document", "wizard.documents.uploadInterrupted");
      return null;
    } catch (InvalidValueException invalid) {
      messages.error(FORM + ":" + invalid.field(), invalid.message());
      return null;
    }
    return "/claim/reason.xhtml?faces-redirect=true";
  }

  /** A request waiting for the branch: the form gives way to its state. */
  public boolean isWaiting() {
    return latest != null && latest.state().name().equals("SUBMITTED");
  }

  public CorrectionView getLatest() {
    return latest;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public LocalDate getLetterDate() {
    return letterDate;
  }

  public void setLetterDate(LocalDate letterDate) {
    this.letterDate = letterDate;
  }

  public Part getDocument() {
    return document;
  }

  public void setDocument(Part document) {
    this.document = document;
  }
}
