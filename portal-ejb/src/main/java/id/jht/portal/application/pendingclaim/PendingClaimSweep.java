package id.jht.portal.application.pendingclaim;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One run of the registry's scheduled work: record newly abandoned drafts, remind participants two
 * days before expiry, expire what is due. Runs outside any transaction; each item (or chunk of
 * drafts) gets its own (see {@link PendingClaimWork}). Safe to run on several nodes, or twice on
 * one, at the same time.
 *
 * <p>Cost: the abandoned-draft scan reads only drafts whose last activity lies between the previous
 * run's mark and the idle cutoff (an index range on {@code claim(status, last_activity_at)}), and
 * records them {@value #RECORDS_PER_TRANSACTION} to a transaction; reminders and expiry read index
 * ranges of OPEN records that are due. When nothing is new, a run is a handful of indexed reads and
 * the mark's update.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PendingClaimSweep {

  static final String DETECTOR_JOB = "pending-claim-detector";

  /** A run catches up at most one day of missed scanning; the next run goes on from there. */
  static final int MAX_WINDOWS_PER_RUN = 24;

  /**
   * Drafts recorded per transaction: few enough that a chunk holds its row locks only briefly (the
   * wizard may be waiting to resume one of them), many enough that commits stop dominating.
   */
  static final int RECORDS_PER_TRANSACTION = 50;

  private static final Logger LOG = Logger.getLogger(PendingClaimSweep.class.getName());

  @Inject PendingClaimWork work;
  @Inject PendingClaimSettings settings;
  @Inject PendingClaimMetrics metrics;
  @Inject Clock clock;

  public SweepResult runOnce() {
    long started = System.nanoTime();
    Instant now = clock.instant();
    Counts counts = new Counts();
    detectAbandoned(now, counts);
    counts.reminded += forEachDue(now, work::remindersDue, work::remind, counts);
    counts.expired += forEachDue(now, work::expiriesDue, work::expire, counts);
    long millis = (System.nanoTime() - started) / 1_000_000;
    metrics.runFinished(clock.instant().getEpochSecond(), millis);
    SweepResult result =
        new SweepResult(counts.detected, counts.reminded, counts.expired, counts.failed, millis);
    if (result.detected() + result.reminded() + result.expired() + result.failed() > 0) {
      LOG.info(() -> "Pending-claim run: " + result);
    }
    return result;
  }

  private void detectAbandoned(Instant now, Counts counts) {
    AbandonmentRules rules = settings.rules();
    Instant cutoff = rules.idleCutoff(now);
    Instant mark =
        work.watermark(DETECTOR_JOB)
            .or(() -> work.oldestDraftActivity().map(oldest -> oldest.minusSeconds(1)))
            .orElse(cutoff);
    for (AbandonmentRules.Window window : rules.scanWindows(mark, now, MAX_WINDOWS_PER_RUN)) {
      Long afterId = 0L;
      List<Long> batch;
      do {
        batch = work.draftsIdleIn(window, afterId, settings.batchSize());
        for (int from = 0; from < batch.size(); from += RECORDS_PER_TRANSACTION) {
          List<Long> chunk =
              batch.subList(from, Math.min(batch.size(), from + RECORDS_PER_TRANSACTION));
          recordChunk(chunk, cutoff, now, counts);
        }
        if (!batch.isEmpty()) {
          afterId = batch.get(batch.size() - 1);
        }
      } while (batch.size() == settings.batchSize());
      // A draft that failed twice is logged and left: an unrecorded draft blocks no other channel,
      // while a mark that never moved would stop detection for everyone.
      work.advanceWatermark(DETECTOR_JOB, window.toInclusive());
    }
  }

  /**
   * A chunk in one transaction; when it fails (a lock timeout or deadlock with a concurrent run),
   * its drafts again one at a time, each retried once, so one bad draft costs only itself.
   */
  private void recordChunk(List<Long> chunk, Instant cutoff, Instant now, Counts counts) {
    int recorded;
    try {
      recorded = work.recordAbandonments(chunk, cutoff, now);
      for (int i = 0; i < recorded; i++) {
        metrics.draftDetected();
      }
    } catch (RuntimeException chunkFailed) {
      recorded = 0;
      for (Long claimId : chunk) {
        if (attempt(claimId, id -> work.recordAbandonment(id, cutoff, now), counts)) {
          recorded++;
        }
      }
    }
    counts.detected += recorded;
  }

  @FunctionalInterface
  interface DueQuery {
    List<Long> find(Instant now, Long afterId, int limit);
  }

  private int forEachDue(
      Instant now, DueQuery query, BiPredicate<Long, Instant> action, Counts counts) {
    int done = 0;
    Long afterId = 0L;
    List<Long> batch;
    do {
      batch = query.find(now, afterId, settings.batchSize());
      for (Long id : batch) {
        if (attempt(id, recordId -> action.test(recordId, now), counts)) {
          done++;
        }
        afterId = id;
      }
    } while (batch.size() == settings.batchSize());
    return done;
  }

  /** One item, retried once: a lock timeout or deadlock with a concurrent run is transient. */
  private static boolean attempt(Long id, java.util.function.Predicate<Long> step, Counts counts) {
    RuntimeException first = null;
    for (int round = 0; round < 2; round++) {
      try {
        return step.test(id);
      } catch (RuntimeException e) {
        first = first == null ? e : first;
      }
    }
    counts.failed++;
    LOG.log(Level.WARNING, "Pending-claim work on row " + id + " failed twice", first);
    return false;
  }

  private static final class Counts {
    int detected;
    int reminded;
    int expired;
    int failed;
  }
}
