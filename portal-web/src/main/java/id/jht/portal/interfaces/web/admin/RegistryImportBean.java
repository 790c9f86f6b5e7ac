package id.jht.portal.interfaces.web.admin;

import id.jht.portal.application.admin.AdminAccessDeniedException;
import id.jht.portal.application.admin.ImportStatus;
import id.jht.portal.application.admin.LineProblem;
import id.jht.portal.application.admin.RegistryColumns;
import id.jht.portal.application.admin.RegistryImportService;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.interfaces.web.staff.ClientAddressHolder;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The participant registry import ({@code /admin/import.xhtml}, or {@code ?id=5} for an earlier
 * import): upload, progress polled from the import's row, and the report per line and field.
 */
@Named
@ViewScoped
public class RegistryImportBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The report shown on the page; the rest is counted (the stored report is bounded anyway). */
  static final int SHOWN_PROBLEMS = 1000;

  @Inject RegistryImportService imports;
  @Inject ClientAddressHolder clientAddress;
  @Inject FacesMessages messages;

  private Long id;
  private ImportStatus status;
  private List<LineProblem> problems = List.of();
  private List<ImportStatus> recent = List.of();

  public void load() {
    try {
      recent = imports.recent(clientAddress.get());
      if (id != null) {
        status = imports.status(id, clientAddress.get()).orElse(null);
        loadReportIfFinished();
      }
    } catch (AdminAccessDeniedException denied) {
      AdminFaces.forbidden();
    }
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    status = null;
    problems = List.of();
    try (InputStream in = file.getInputStream()) {
      byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, imports.maxBytes() + 1));
      id = imports.start(file.getFileName(), content, clientAddress.get());
      status = imports.status(id, clientAddress.get()).orElse(null);
      messages.info(null, "admin.import.started", file.getFileName());
      loadReportIfFinished();
    } catch (ValidationFailedException rejected) {
      AdminFaces.show(messages, "import", rejected, java.util.Map.of(RegistryColumns.FILE, ""));
    } catch (AdminAccessDeniedException denied) {
      messages.error(null, "error.forbidden.text");
    } catch (IOException unreadable) {
      messages.error(null, "admin.import.unreadable");
    }
  }

  /** The poll's listener: reads the import's row again. */
  public void refresh() {
    if (id == null) {
      return;
    }
    status = imports.status(id, clientAddress.get()).orElse(status);
    loadReportIfFinished();
  }

  private void loadReportIfFinished() {
    if (status != null && status.isFinished()) {
      problems = imports.problems(status.id(), 0, SHOWN_PROBLEMS, clientAddress.get());
      recent = imports.recent(clientAddress.get());
    }
  }

  public String text(LineProblem problem) {
    return messages.text(problem.message());
  }

  public String when(Instant instant) {
    return instant == null ? "" : messages.dateTime(instant, null);
  }

  public boolean isRunning() {
    return status != null && !status.isFinished();
  }

  public boolean isFinished() {
    return status != null && status.isFinished();
  }

  public String getHeader() {
    return RegistryColumns.HEADER;
  }

  public long getMaxBytes() {
    return imports.maxBytes();
  }

  public long getMaxMegabytes() {
    return imports.maxBytes() / (1024 * 1024);
  }

  public ImportStatus getStatus() {
    return status;
  }

  public List<LineProblem> getProblems() {
    return problems;
  }

  public List<ImportStatus> getRecent() {
    return recent;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
