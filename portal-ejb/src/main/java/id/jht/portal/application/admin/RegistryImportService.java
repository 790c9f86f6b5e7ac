package id.jht.portal.application.admin;

import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The participant registry import from CSV (columns: {@link RegistryColumns#HEADER}): started by an
 * administrator, run in the background ({@link RegistryImportRunner}), followed through its row in
 * {@code registry_import}, reported per line and field.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistryImportService {

  /** Dates in the file are checked against today in WIB, the agency's head-office time. */
  static final ZoneId REGISTRY_ZONE = ZoneId.of("Asia/Jakarta");

  @Inject RegistryImports imports;
  @Inject AdminAccess access;
  @Inject RegistryImportSteps steps;
  @Inject RegistryImportRunner runner;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.admin.import.max-bytes", defaultValue = "5242880")
  long maxBytes;

  /** Largest file accepted, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Starts importing a file; returns at once with the import's id to follow its progress.
   *
   * @throws ValidationFailedException field {@code file} when the file is empty or too large
   */
  public long start(String fileName, byte[] content, String clientAddress) {
    AdminCaller caller = administrator(clientAddress);
    if (content == null || content.length == 0) {
      throw fileError(Message.of("admin.import.empty"));
    }
    if (content.length > maxBytes) {
      throw fileError(
          Message.of("admin.import.tooLarge", String.valueOf(maxBytes / (1024 * 1024))));
    }
    long id = steps.create(cleanName(fileName), caller.actor());
    runner.run(id, content.clone(), LocalDate.now(clock.withZone(REGISTRY_ZONE)), caller.actor());
    return id;
  }

  public Optional<ImportStatus> status(long importId, String clientAddress) {
    administrator(clientAddress);
    return imports.status(importId);
  }

  public List<ImportStatus> recent(String clientAddress) {
    administrator(clientAddress);
    return imports.recent(10);
  }

  public long problemCount(long importId, String clientAddress) {
    administrator(clientAddress);
    return imports.problemCount(importId);
  }

  public List<LineProblem> problems(long importId, int first, int max, String clientAddress) {
    administrator(clientAddress);
    return imports.problems(importId, first, Math.min(max, 500));
  }

  /**
   * The check runs in a transaction of its own (AdminAccess is REQUIRED): its refusal is audited.
   */
  private AdminCaller administrator(String clientAddress) {
    return access.administrator(clientAddress);
  }

  private static ValidationFailedException fileError(Message message) {
    return ValidationFailedException.on(RegistryColumns.FILE, message);
  }

  /** The file's own name only: no folders, no control characters. */
  static String cleanName(String fileName) {
    String name = fileName == null ? "" : fileName.replaceAll("\\p{Cntrl}", "");
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1).strip();
    return name.isEmpty() ? "registry.csv" : name;
  }
}
