package id.jht.portal.application.admin;

import id.jht.portal.application.audit.AuditTrail;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs an import in the background, so the page can show its progress: the file is checked
 * completely first, then the valid lines are written in batches of {@code
 * portal.admin.import.batch-size} (default 200), each batch in a transaction of its own. A batch
 * the database refuses is retried line by line, so one bad line costs only itself. Internal to the
 * import; callers are checked by {@link RegistryImportService}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistryImportRunner {

  private static final Logger LOG = Logger.getLogger(RegistryImportRunner.class.getName());

  @Inject RegistryImportSteps steps;

  @Inject
  @ConfigProperty(name = "portal.admin.import.batch-size", defaultValue = "200")
  int batchSize;

  @Asynchronous
  public void run(long importId, byte[] content, LocalDate today, AuditTrail.Actor actor) {
    try {
      Map<String, Long> branchIds = steps.branchIds();
      RegistryFile.Checked checked = RegistryFile.check(content, branchIds.keySet(), today);
      steps.checked(importId, checked);
      List<RegistryRecord> valid = checked.valid();
      int size = Math.max(1, batchSize);
      for (int from = 0; from < valid.size(); from += size) {
        write(importId, valid.subList(from, Math.min(valid.size(), from + size)), branchIds);
      }
      steps.finish(importId, ImportStatus.DONE, actor);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Registry import " + importId + " failed", e);
      steps.finish(importId, ImportStatus.FAILED, actor);
    }
  }

  private void write(long importId, List<RegistryRecord> batch, Map<String, Long> branchIds) {
    try {
      steps.writeBatch(importId, List.copyOf(batch), branchIds);
    } catch (RuntimeException batchFailed) {
      LOG.info(
          () ->
              "Import "
                  + importId
                  + ": a batch from line "
                  + batch.get(0).line()
                  + " failed ("
                  + batchFailed.getClass().getSimpleName()
                  + "), retrying line by line");
      for (RegistryRecord line : batch) {
        try {
          steps.writeBatch(importId, List.of(line), branchIds);
        } catch (RuntimeException lineFailed) {
          steps.lineFailed(importId, line);
        }
      }
    }
  }
}
