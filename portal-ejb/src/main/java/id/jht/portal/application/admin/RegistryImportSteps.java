package id.jht.portal.application.admin;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.domain.shared.Message;
import id.jht.portal.infrastructure.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The steps of a registry import, each in a short transaction of its own (REQUIRES_NEW): a batch's
 * lines, its problems and its progress counts commit together or not at all. Internal to the
 * import; callers are checked by {@link RegistryImportService}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RegistryImportSteps {

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Creates the import's row and audits the start. */
  public long create(String fileName, AuditTrail.Actor actor) {
    try (Connection c = dataSource.getConnection()) {
      long id = new RegistryImportStore(c).create(fileName, actor.username(), clock.instant());
      audit.record(actor, "REGISTRY_IMPORT_START", "REGISTRY_IMPORT", id, fileName);
      return id;
    } catch (SQLException e) {
      throw new AdminStorageException("cannot start the import", e);
    }
  }

  /** Branch code to id, for every branch (inactive ones too: people keep their home branch). */
  public Map<String, Long> branchIds() {
    Map<String, Long> ids = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT code, id FROM branch_office");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.put(rs.getString(1).trim(), rs.getLong(2));
      }
      return ids;
    } catch (SQLException e) {
      throw new AdminStorageException("cannot read the branches", e);
    }
  }

  public void checked(long importId, RegistryFile.Checked checked) {
    try (Connection c = dataSource.getConnection()) {
      RegistryImportStore store = new RegistryImportStore(c);
      store.checked(importId, checked.dataLines(), checked.rejectedLines());
      store.addProblems(importId, checked.problems());
    } catch (SQLException e) {
      throw new AdminStorageException("cannot record the file check", e);
    }
  }

  /**
   * Writes a batch of lines in one transaction. Any database failure rolls the whole batch back
   * (the caller then retries it line by line).
   */
  public void writeBatch(long importId, List<RegistryRecord> batch, Map<String, Long> branchIds) {
    try (Connection c = dataSource.getConnection()) {
      RegistryWriter writer = new RegistryWriter(c);
      int written = 0;
      int newParticipants = 0;
      int newMemberships = 0;
      List<LineProblem> problems = new ArrayList<>();
      for (RegistryRecord r : batch) {
        RegistryWriter.Outcome outcome = writer.write(r, branchIds.get(r.branchCode()));
        if (outcome.written()) {
          written++;
          newParticipants += outcome.newParticipant() ? 1 : 0;
          newMemberships += outcome.newMembership() ? 1 : 0;
        } else {
          problems.add(outcome.problem());
        }
      }
      RegistryImportStore store = new RegistryImportStore(c);
      store.addProblems(importId, problems);
      store.progress(
          importId, batch.size(), written, problems.size(), newParticipants, newMemberships);
    } catch (SQLException e) {
      throw new AdminStorageException("cannot write an import batch", e);
    }
  }

  /** A line the database refused even on its own: reported, counted, nothing of it written. */
  public void lineFailed(long importId, RegistryRecord line) {
    try (Connection c = dataSource.getConnection()) {
      RegistryImportStore store = new RegistryImportStore(c);
      store.addProblems(
          importId,
          List.of(
              new LineProblem(
                  line.line(), RegistryColumns.LINE, Message.of("admin.import.lineFailed"))));
      store.progress(importId, 1, 0, 1, 0, 0);
    } catch (SQLException e) {
      throw new AdminStorageException("cannot record a failed line", e);
    }
  }

  public void finish(long importId, String status, AuditTrail.Actor actor) {
    try (Connection c = dataSource.getConnection()) {
      RegistryImportStore store = new RegistryImportStore(c);
      store.finish(importId, status, clock.instant());
      ImportStatus result = store.status(importId).orElseThrow();
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
    } catch (SQLException e) {
      throw new AdminStorageException("cannot finish the import", e);
    }
  }
}
