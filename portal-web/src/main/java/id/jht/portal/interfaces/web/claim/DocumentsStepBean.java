package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.claim.ClaimDocuments;
import id.jht.portal.application.claim.DraftView;
import id.jht.portal.application.claim.UploadOutcome;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.domain.model.claim.DocumentType;
import id.jht.portal.interfaces.http.ClientAddress;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** Step 4: one upload per required (and optional) document, each checked by its content. */
@Named
@ViewScoped
public class DocumentsStepBean extends WizardStep {

  private static final long serialVersionUID = 1L;

  @Inject ClaimDocuments documents;
  @Inject ClientAddress clientAddress;

  @Override
  protected int step() {
    return 4;
  }

  @Override
  protected String formId() {
    return "documents";
  }

  /** The upload listener: the slot comes from the component's {@code documentType} attribute. */
  public void upload(FileUploadEvent event) {
    DocumentType type =
        DocumentType.valueOf((String) event.getComponent().getAttributes().get("documentType"));
    UploadedFile file = event.getFile();
    UploadOutcome outcome;
    try (InputStream content = file.getInputStream()) {
      outcome =
          documents.upload(
              participant.getClaimId(),
              participant.getParticipantId(),
              type,
              file.getFileName(),
              file.getContentType(),
              content,
              clientAddress.get());
    } catch (IOException e) {
      messages.error(null, "wizard.documents.uploadInterrupted");
      return;
    } catch (ValidationFailedException rejected) {
      show(rejected);
      return;
    }
    if (outcome instanceof UploadOutcome.Rejected rejected) {
      messages.error(null, rejected.message());
    } else {
      UploadOutcome.Stored stored = (UploadOutcome.Stored) outcome;
      messages.info(
          null,
          "wizard.documents.stored",
          stored.document().displayName(),
          messages.text("document." + type.name()));
      if (stored.duplicateOf() != null) {
        messages.warn(
            null,
            "wizard.documents.duplicate",
            stored.document().displayName(),
            messages.text("document." + stored.duplicateOf()));
      }
    }
    reload();
  }

  public void remove(String type) {
    documents.remove(
        participant.getClaimId(), participant.getParticipantId(), DocumentType.valueOf(type));
    reload();
  }

  public String save() {
    try {
      drafts.confirmDocuments(participant.getClaimId(), participant.getParticipantId());
      return next();
    } catch (ValidationFailedException rejected) {
      show(rejected);
      return null;
    }
  }

  /** The slots of this claim: required first, then optional, each with what is uploaded. */
  public List<Slot> getSlots() {
    List<Slot> slots = new ArrayList<>();
    for (String type : draft.requiredDocuments()) {
      slots.add(new Slot(type, true, uploaded(type)));
    }
    for (String type : draft.optionalDocuments()) {
      slots.add(new Slot(type, false, uploaded(type)));
    }
    return slots;
  }

  private DraftView.DocumentView uploaded(String type) {
    return draft.documents().stream()
        .filter(d -> d.documentType().equals(type))
        .findFirst()
        .orElse(null);
  }

  public String size(long bytes) {
    return bytes >= 1024 * 1024
        ? String.format(messages.locale(), "%.1f MB", bytes / (1024.0 * 1024.0))
        : String.format(messages.locale(), "%d KB", Math.max(1, bytes / 1024));
  }

  /** One document slot, for the view (getters: Jakarta EL 5 cannot read records). */
  public static final class Slot implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final String type;
    private final boolean required;
    private final DraftView.DocumentView file;

    Slot(String type, boolean required, DraftView.DocumentView file) {
      this.type = type;
      this.required = required;
      this.file = file;
    }

    public String getType() {
      return type;
    }

    public boolean isRequired() {
      return required;
    }

    public boolean isUploaded() {
      return file != null;
    }

    public String getFileName() {
      return file == null ? null : file.displayName();
    }

    public long getSizeBytes() {
      return file == null ? 0 : file.sizeBytes();
    }

    public Integer getPageCount() {
      return file == null ? null : file.pageCount();
    }

    public boolean isImage() {
      return file != null && file.contentType().startsWith("image/");
    }

    public boolean isDuplicate() {
      return file != null && file.duplicateOfAnother();
    }
  }
}
