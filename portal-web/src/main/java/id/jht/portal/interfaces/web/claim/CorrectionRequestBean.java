package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.correction.CorrectionRequestService;
import id.jht.portal.application.correction.CorrectionView;
import id.jht.portal.domain.model.correction.CorrectionKind;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Message;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The request that the branch correct a membership still reported active ({@code
 * /claim/correction.xhtml}): the employer's letter or proof of termination, its date and a short
 * statement. Reached from the reason step of an identified participant; the statement and date stay
 * on the page when the file is refused.
 *
 * <p>Stateless like the wizard's steps: request-scoped, no view state, the participant from the
 * signed cookie and the latest request read again on every request; a forged or expired cookie
 * leads back to the identity step with a word why.
 */
@Named
@RequestScoped
public class CorrectionRequestBean {

  private static final String FORM = "correction";

  @Inject ParticipantSession participant;
  @Inject CorrectionRequestService service;
  @Inject FacesMessages messages;

  private String statement;
  private LocalDate letterDate;
  private Part document;
  private CorrectionView latest;

  /** View action: sends anyone not identified back to the identity step. */
  public void load() {
    if (!FacesContext.getCurrentInstance().isPostback()) {
      read();
    }
  }

  /**
   * A post of this stateless page: the latest request is read again before the form is decoded
   * (whether the form shows depends on it).
   */
  @PostConstruct
  void loadOnPost() {
    if (FacesContext.getCurrentInstance().isPostback() && !read()) {
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /** The participant's latest request, or false after a redirect to the identity step. */
  private boolean read() {
    if (!participant.isIdentified()) {
      if (participant.wasRefused()) {
        participant.forget();
        messages.info(null, "error.expired.text");
      }
      WizardStep.redirect("/claim/identity.xhtml");
      return false;
    }
    latest =
        service
            .latest(participant.getParticipantId(), CorrectionKind.MEMBERSHIP_STATUS)
            .orElse(null);
    return true;
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
