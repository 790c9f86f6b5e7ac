package id.jht.portal.application.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where registry imports are kept and their lines written: a port the persistence layer implements,
 * each call inside the caller's transaction (so a batch's lines, problems and counts commit
 * together). Counts are only ever added to, never overwritten.
 */
public interface RegistryImports {

  long create(String fileName, String startedBy, Instant now);

  /** Branch code to id, for every branch (inactive ones too: people keep their home branch). */
  Map<String, Long> branchIds();

  /** The file was checked: its line counts and the problems found. */
  void checked(long importId, int totalLines, int rejectedLines, List<LineProblem> problems);

  /**
   * Writes valid lines (participant and membership, inserted or updated), the problems of those the
   * database refuses, and the batch's counts.
   */
  void writeBatch(long importId, List<RegistryRecord> batch, Map<String, Long> branchIds);

  /** A line the database refused even on its own: its problem and its count, nothing written. */
  void lineFailed(long importId, LineProblem problem);

  /** Ends the import with {@code status} and returns it as it now stands. */
  ImportStatus finish(long importId, String status, Instant now);

  Optional<ImportStatus> status(long importId);

  List<ImportStatus> recent(int limit);

  long problemCount(long importId);

  List<LineProblem> problems(long importId, int first, int max);
}
