package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.claim.ClaimDocuments;
import id.jht.portal.application.claim.DraftView;
import id.jht.portal.application.claim.UploadOutcome;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.application.document.RejectionReason;
import id.jht.portal.domain.model.claim.DocumentType;
import id.jht.portal.infrastructure.document.FileNameSanitizer;
import id.jht.portal.infrastructure.document.FileSize;
import id.jht.portal.infrastructure.upload.ChunkRefusedException;
import id.jht.portal.interfaces.http.ClientAddress;
import id.jht.portal.interfaces.web.support.UploadedFiles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFileWrapper;

/**
 * Step 4: one upload per required (and optional) document, each checked by its content. A stateless
 * page like the other steps (request-scoped, no view state): what a slot shows after a full render
 * comes from the draft in the database (its file, the duplicate flag); the answer to an upload or a
 * removal exists only in that request's Ajax answer, which redraws the slot and the messages.
 */
@Named
@RequestScoped
public class DocumentsStepBean extends WizardStep {

  private static final long serialVersionUID = 1L;

  @Inject ClaimDocuments documents;
  @Inject ClientAddress clientAddress;
  @Inject PhotoFitSettings photoFitSettings;

  /** The answer to this request's upload or removal, by document type; never kept beyond it. */
  private final Map<String, SlotStatus> statuses = new HashMap<>();

  private String focusTarget;

  @Override
  protected int step() {
    return 4;
  }

  @Override
  protected String formId() {
    return "documents";
  }

  /**
   * The upload listener: the slot comes from the component's {@code documentType} attribute. The
   * answer is shown at that slot (not in a summary far from the file), and the page moves focus to
   * it.
   */
  public void upload(FileUploadEvent event) {
    DocumentType type =
        DocumentType.valueOf((String) event.getComponent().getAttributes().get("documentType"));
    UploadedFile file = event.getFile();
    // PrimeFaces hands on the decoder's wrapper; a refused chunked upload is inside it.
    UploadedFile inside = file instanceof UploadedFileWrapper wrapper ? wrapper.getWrapped() : file;
    if (inside instanceof RefusedChunkedUpload refused) {
      answer(type, SlotStatus.error(refusal(refused)));
      return;
    }
    Map<String, Boolean> flagsBefore = duplicateFlags();
    try {
      store(type, file);
    } finally {
      deleteQuietly(file); // a reassembled chunked upload is the portal's file to delete
    }
    redrawChangedFlags(type, flagsBefore);
  }

  private Map<String, Boolean> duplicateFlags() {
    Map<String, Boolean> flags = new HashMap<>();
    draft.documents().forEach(d -> flags.put(d.documentType(), d.duplicateOfAnother()));
    return flags;
  }

  /**
   * The answer redraws only the slot the participant acted on; a duplicate flag is shown at both
   * files, so another slot's flag may have come or gone: redraw that slot's file too, but not its
   * message, which still shows the answer to that slot's own last upload (the browser keeps it; the
   * server no longer knows it).
   */
  private void redrawChangedFlags(DocumentType acted, Map<String, Boolean> flagsBefore) {
    FacesContext faces = FacesContext.getCurrentInstance();
    char separator = UINamingContainer.getSeparatorChar(faces);
    List<Slot> slots = getSlots();
    for (int row = 0; row < slots.size(); row++) {
      Slot slot = slots.get(row);
      boolean before = flagsBefore.getOrDefault(slot.getType(), false);
      if (!slot.getType().equals(acted.name())
          && slot.isUploaded()
          && before != slot.isDuplicate()) {
        PrimeFaces.current()
            .ajax()
            .update(
                String.join(
                    String.valueOf(separator), formId(), "slots", String.valueOf(row), "file"));
      }
    }
  }

  private void store(DocumentType type, UploadedFile file) {
    UploadOutcome outcome;
    try {
      outcome =
          UploadedFiles.send(
              file,
              (name, contentType, content) ->
                  documents.upload(
                      participant.getClaimId(),
                      participant.getParticipantId(),
                      type,
                      name,
                      contentType,
                      content,
                      clientAddress.get()));
    } catch (IOException e) {
      answer(type, SlotStatus.error(messages.text("wizard.documents.uploadInterrupted")));
      return;
    } catch (ValidationFailedException rejected) {
      show(rejected);
      return;
    }
    if (outcome instanceof UploadOutcome.Rejected rejected) {
      answer(type, SlotStatus.error(messages.text(rejected.message())));
    } else {
      UploadOutcome.Stored stored = (UploadOutcome.Stored) outcome;
      String text =
          messages.text(
              "wizard.documents.stored",
              stored.document().displayName(),
              messages.text("document." + type.name()));
      answer(
          type,
          stored.duplicateOf() == null
              ? SlotStatus.stored(text)
              : SlotStatus.warning(
                  text
                      + " "
                      + messages.text(
                          "wizard.documents.duplicate",
                          stored.document().displayName(),
                          messages.text("document." + stored.duplicateOf()))));
    }
    reload();
  }

  /** The same words as for a file sent in one piece that is too large; else "try again". */
  private String refusal(RefusedChunkedUpload refused) {
    if (refused.reason() == ChunkRefusedException.Reason.TOO_LARGE) {
      return messages.text(
          RejectionReason.TOO_LARGE.messageKey(),
          FileNameSanitizer.forDisplay(refused.fileName()),
          new FileSize(photoFitSettings.getMaxBytes()));
    }
    return messages.text("wizard.documents.uploadInterrupted");
  }

  private static void deleteQuietly(UploadedFile file) {
    try {
      file.delete();
    } catch (IOException | RuntimeException ignored) {
      // the container's part or the chunk sweep removes it later
    }
  }

  public void remove(String type) {
    DocumentType removed = DocumentType.valueOf(type);
    Map<String, Boolean> flagsBefore = duplicateFlags();
    documents.remove(participant.getClaimId(), participant.getParticipantId(), removed);
    answer(removed, SlotStatus.stored(messages.text("wizard.documents.removed")));
    reload();
    redrawChangedFlags(removed, flagsBefore);
  }

  private void answer(DocumentType type, SlotStatus status) {
    statuses.put(type.name(), status);
    focusTarget = statusId(type.name());
  }

  /** The id of a slot's message element, which its file input is described by. */
  public static String statusId(String type) {
    return "slot-" + type + "-status";
  }

  /**
   * The element the page focuses after the ajax answer to an upload or a removal: that slot's
   * message; empty before the first one.
   */
  public String getFocusTarget() {
    return focusTarget == null ? "" : focusTarget;
  }

  /**
   * The slot refused in this request, for the summary that links to it; documents-step.js adds the
   * slots refused earlier while the page is open, from their messages on the page.
   */
  public List<Slot> getRefusedSlots() {
    return getSlots().stream().filter(slot -> slot.getStatus().isError()).toList();
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
      slots.add(new Slot(type, true, uploaded(type), status(type)));
    }
    for (String type : draft.optionalDocuments()) {
      slots.add(new Slot(type, false, uploaded(type), status(type)));
    }
    return slots;
  }

  private SlotStatus status(String type) {
    return statuses.getOrDefault(type, SlotStatus.NONE);
  }

  private DraftView.DocumentView uploaded(String type) {
    return draft.documents().stream()
        .filter(d -> d.documentType().equals(type))
        .findFirst()
        .orElse(null);
  }

  /** "1,0 MB" in Indonesian, "1.0 MB" in English. */
  public String size(long bytes) {
    return new FileSize(bytes).format(messages.locale());
  }

  /** One document slot, for the view (getters: Jakarta EL 5 cannot read records). */
  public static final class Slot implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final String type;
    private final boolean required;
    private final DraftView.DocumentView file;
    private final SlotStatus status;

    Slot(String type, boolean required, DraftView.DocumentView file, SlotStatus status) {
      this.type = type;
      this.required = required;
      this.file = file;
      this.status = status;
    }

    public SlotStatus getStatus() {
      return status;
    }

    public String getStatusId() {
      return statusId(type);
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
