package id.jht.portal.application.admin;

import java.io.Serializable;
import java.time.Instant;

/**
 * The state of one registry import, as stored in {@code registry_import}.
 *
 * @param status {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param totalLines data lines in the file (0 until the file has been checked)
 * @param processedLines lines checked and, if valid, written or refused
 */
public record ImportStatus(
    long id,
    String fileName,
    String startedBy,
    String status,
    int totalLines,
    int processedLines,
    int writtenLines,
    int rejectedLines,
    int newParticipants,
    int newMemberships,
    int problemsOmitted,
    Instant startedAt,
    Instant finishedAt)
    implements Serializable {

  public static final String RUNNING = "RUNNING";
  public static final String DONE = "DONE";
  public static final String FAILED = "FAILED";

  public boolean isFinished() {
    return !RUNNING.equals(status);
  }

  /** 0 to 100; 100 once finished, whatever the counts. */
  public int percent() {
    if (isFinished()) {
      return 100;
    }
    if (totalLines <= 0) {
      return 0;
    }
    return Math.min(99, (int) (100L * processedLines / totalLines));
  }
}
