package id.jht.portal.application.admin;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The steps of a registry import, each in a short transaction of its own (REQUIRES_NEW): a batch's
 * lines, its problems and its progress counts commit together or not at all. Internal to the
 * import; callers are checked by {@link RegistryImportService}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RegistryImportSteps {

  @Inject RegistryImports imports;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Creates the import's row and audits the start. */
  public long create(String fileName, AuditTrail.Actor actor) {
    long id = imports.create(fileName, actor.username(), clock.instant());
    audit.record(actor, "REGISTRY_IMPORT_START", "REGISTRY_IMPORT", id, fileName);
    return id;
  }

  /** Branch code to id, for every branch (inactive ones too: people keep their home branch). */
  public Map<String, Long> branchIds() {
    return imports.branchIds();
  }

  public void checked(long importId, RegistryFile.Checked checked) {
    imports.checked(importId, checked.dataLines(), checked.rejectedLines(), checked.problems());
  }

  /**
   * Writes a batch of lines in one transaction. Any database failure rolls the whole batch back
   * (the caller then retries it line by line).
   */
  public void writeBatch(long importId, List<RegistryRecord> batch, Map<String, Long> branchIds) {
    imports.writeBatch(importId, batch, branchIds);
  }

  /** A line the database refused even on its own: reported, counted, nothing of it written. */
  public void lineFailed(long importId, RegistryRecord line) {
    imports.lineFailed(
        importId,
        new LineProblem(line.line(), RegistryColumns.LINE, Message.of("admin.import.lineFailed")));
  }

  public void finish(long importId, String status, AuditTrail.Actor actor) {
    ImportStatus result = imports.finish(importId, status, clock.instant());
    audit.record(
        actor,
        ImportStatus.DONE.equals(status) ? "REGISTRY_IMPORT_DONE" : "REGISTRY_IMPORT_FAILED",
        "REGISTRY_IMPORT",
        importId,
        "lines "
            + result.totalLines()
            + ", written "
            + result.writtenLines()
            + ", rejected "
            + result.rejectedLines()
            + ", new participants "
            + result.newParticipants()
            + ", new memberships "
            + result.newMemberships());
  }
}
