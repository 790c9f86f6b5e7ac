package id.jht.portal.infrastructure.persistence.admin;

import id.jht.portal.application.admin.ImportStatus;
import id.jht.portal.application.admin.LineProblem;
import id.jht.portal.domain.shared.Message;
import id.jht.portal.infrastructure.persistence.JdbcStatements;
import id.jht.portal.infrastructure.persistence.SqlValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The import's progress row and its problem report, on the caller's connection and transaction.
 * Counters are only ever incremented in SQL ({@code x = x + ?}), so a batch's counts commit
 * together with the batch's data and never overwrite another step's.
 */
final class RegistryImportStore {

  /** Problems kept per import; beyond this they are only counted. */
  public static final int MAX_STORED_PROBLEMS = 1000;

  private static final String ARG_SEPARATOR = "\t";
  private static final int MAX_ARGS_LENGTH = 300;

  private final Connection c;

  RegistryImportStore(Connection connection) {
    this.c = connection;
  }

  public long create(String fileName, String startedBy, Instant now) throws SQLException {
    return JdbcStatements.insert(
        c,
        "INSERT INTO registry_import (file_name, started_by, status, total_lines,"
            + " processed_lines, written_lines, rejected_lines, new_participants,"
            + " new_memberships, problems_omitted, started_at, version)"
            + " VALUES (?, ?, 'RUNNING', 0, 0, 0, 0, 0, 0, 0, ?, 1)",
        shorten(fileName, 120),
        startedBy,
        SqlValues.utc(now));
  }

  /** Records the outcome of checking the file: its size and the lines refused by the checks. */
  public void checked(long importId, int totalLines, int rejectedLines) throws SQLException {
    JdbcStatements.update(
        c,
        "UPDATE registry_import SET total_lines = ?, processed_lines = processed_lines + ?,"
            + " rejected_lines = rejected_lines + ?, version = version + 1 WHERE id = ?",
        totalLines,
        rejectedLines,
        rejectedLines,
        importId);
  }

  /** Adds the counts of one written batch (or one line). */
  public void progress(
      long importId,
      int processed,
      int written,
      int rejected,
      int newParticipants,
      int newMemberships)
      throws SQLException {
    JdbcStatements.update(
        c,
        "UPDATE registry_import SET processed_lines = processed_lines + ?,"
            + " written_lines = written_lines + ?, rejected_lines = rejected_lines + ?,"
            + " new_participants = new_participants + ?, new_memberships = new_memberships + ?,"
            + " version = version + 1 WHERE id = ?",
        processed,
        written,
        rejected,
        newParticipants,
        newMemberships,
        importId);
  }

  public void finish(long importId, String status, Instant now) throws SQLException {
    JdbcStatements.update(
        c,
        "UPDATE registry_import SET status = ?, finished_at = ?, version = version + 1"
            + " WHERE id = ?",
        status,
        SqlValues.utc(now),
        importId);
  }

  /** Stores problems up to {@link #MAX_STORED_PROBLEMS} per import and counts the rest. */
  public void addProblems(long importId, List<LineProblem> problems) throws SQLException {
    if (problems.isEmpty()) {
      return;
    }
    int room = MAX_STORED_PROBLEMS - (int) problemCount(importId);
    int stored = Math.max(0, Math.min(room, problems.size()));
    if (stored > 0) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO registry_import_problem (import_id, line_no, field, message_key,"
                  + " message_args) VALUES (?, ?, ?, ?, ?)")) {
        for (LineProblem p : problems.subList(0, stored)) {
          ps.setLong(1, importId);
          ps.setInt(2, p.line());
          ps.setString(3, shorten(p.field(), 40));
          ps.setString(4, p.message().key());
          ps.setString(5, encodeArgs(p.message()));
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    int omitted = problems.size() - stored;
    if (omitted > 0) {
      JdbcStatements.update(
          c,
          "UPDATE registry_import SET problems_omitted = problems_omitted + ?,"
              + " version = version + 1 WHERE id = ?",
          omitted,
          importId);
    }
  }

  public Optional<ImportStatus> status(long importId) throws SQLException {
    List<ImportStatus> found = statuses(" WHERE id = ?", importId, 1);
    return found.stream().findFirst();
  }

  /** The latest imports, newest first. */
  public List<ImportStatus> recent(int limit) throws SQLException {
    return statuses("", null, limit);
  }

  public long problemCount(long importId) throws SQLException {
    return JdbcStatements.firstLong(
            c, "SELECT COUNT(*) FROM registry_import_problem WHERE import_id = ?", importId)
        .orElseThrow();
  }

  /** One page of the report, by line. */
  public List<LineProblem> problems(long importId, int first, int max) throws SQLException {
    List<LineProblem> problems = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT line_no, field, message_key, message_args FROM registry_import_problem"
                + " WHERE import_id = ? ORDER BY line_no, id LIMIT ? OFFSET ?")) {
      ps.setLong(1, importId);
      ps.setInt(2, max);
      ps.setInt(3, first);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          problems.add(
              new LineProblem(
                  rs.getInt(1), rs.getString(2), decode(rs.getString(3), rs.getString(4))));
        }
      }
    }
    return problems;
  }

  private List<ImportStatus> statuses(String where, Long id, int limit) throws SQLException {
    List<ImportStatus> found = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, file_name, started_by, status, total_lines, processed_lines,"
                + " written_lines, rejected_lines, new_participants, new_memberships,"
                + " problems_omitted, started_at, finished_at FROM registry_import"
                + where
                + " ORDER BY id DESC LIMIT "
                + limit)) {
      if (id != null) {
        ps.setLong(1, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(
              new ImportStatus(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getInt(5),
                  rs.getInt(6),
                  rs.getInt(7),
                  rs.getInt(8),
                  rs.getInt(9),
                  rs.getInt(10),
                  rs.getInt(11),
                  SqlValues.instant(rs.getObject(12)),
                  SqlValues.instant(rs.getObject(13))));
        }
      }
    }
    return found;
  }

  static String encodeArgs(Message message) {
    if (message.args().isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (Object arg : message.args()) {
      parts.add(String.valueOf(arg).replaceAll("\\p{Cntrl}", " "));
    }
    return shorten(String.join(ARG_SEPARATOR, parts), MAX_ARGS_LENGTH);
  }

  static Message decode(String key, String args) {
    if (args == null || args.isEmpty()) {
      return Message.of(key);
    }
    return Message.of(key, (Object[]) args.split(ARG_SEPARATOR, -1));
  }

  private static String shorten(String text, int max) {
    String value = text == null ? "" : text;
    return value.length() <= max ? value : value.substring(0, max);
  }
}
