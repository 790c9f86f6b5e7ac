package id.jht.portal.infrastructure.persistence.admin;

import id.jht.portal.application.admin.ImportStatus;
import id.jht.portal.application.admin.LineProblem;
import id.jht.portal.application.admin.RegistryImports;
import id.jht.portal.application.admin.RegistryRecord;
import id.jht.portal.infrastructure.persistence.DatabaseFailure;
import id.jht.portal.infrastructure.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Registry imports in plain JDBC ({@link RegistryImportStore}, {@link RegistryWriter}): thousands
 * of lines per import, written in batches with counters incremented in SQL, which entity updates
 * would turn into a read and a write per line. Each call takes the container's connection, enlisted
 * in the caller's transaction.
 */
@ApplicationScoped
public class JdbcRegistryImports implements RegistryImports {

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Override
  public long create(String fileName, String startedBy, Instant now) {
    return run("start the import", c -> store(c).create(fileName, startedBy, now));
  }

  @Override
  public Map<String, Long> branchIds() {
    return run(
        "read the branches",
        c -> {
          Map<String, Long> ids = new HashMap<>();
          try (PreparedStatement ps = c.prepareStatement("SELECT code, id FROM branch_office");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              ids.put(rs.getString(1).trim(), rs.getLong(2));
            }
          }
          return ids;
        });
  }

  @Override
  public void checked(
      long importId, int totalLines, int rejectedLines, List<LineProblem> problems) {
    run(
        "record the file check",
        c -> {
          store(c).checked(importId, totalLines, rejectedLines);
          store(c).addProblems(importId, problems);
          return null;
        });
  }

  @Override
  public void writeBatch(long importId, List<RegistryRecord> batch, Map<String, Long> branchIds) {
    run(
        "write an import batch",
        c -> {
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
          RegistryImportStore store = store(c);
          store.addProblems(importId, problems);
          store.progress(
              importId, batch.size(), written, problems.size(), newParticipants, newMemberships);
          return null;
        });
  }

  @Override
  public void lineFailed(long importId, LineProblem problem) {
    run(
        "record a failed line",
        c -> {
          store(c).addProblems(importId, List.of(problem));
          store(c).progress(importId, 1, 0, 1, 0, 0);
          return null;
        });
  }

  @Override
  public ImportStatus finish(long importId, String status, Instant now) {
    return run(
        "finish the import",
        c -> {
          store(c).finish(importId, status, now);
          return store(c).status(importId).orElseThrow();
        });
  }

  @Override
  public Optional<ImportStatus> status(long importId) {
    return run("read the import", c -> store(c).status(importId));
  }

  @Override
  public List<ImportStatus> recent(int limit) {
    return run("read the import", c -> store(c).recent(limit));
  }

  @Override
  public long problemCount(long importId) {
    return run("read the import", c -> store(c).problemCount(importId));
  }

  @Override
  public List<LineProblem> problems(long importId, int first, int max) {
    return run("read the import", c -> store(c).problems(importId, first, max));
  }

  private static RegistryImportStore store(Connection c) {
    return new RegistryImportStore(c);
  }

  private <T> T run(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.on(c);
    } catch (SQLException e) {
      throw new DatabaseFailure(what, e);
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T on(Connection c) throws SQLException;
  }
}
