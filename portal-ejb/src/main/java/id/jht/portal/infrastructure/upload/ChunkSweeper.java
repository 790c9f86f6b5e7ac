package id.jht.portal.infrastructure.upload;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes the chunks of uploads left unfinished for {@code portal.upload.chunk-idle-minutes}, on
 * every node, with a non-persistent timer (persistent timers do not fail over). No lease is needed:
 * the sweep is made of idempotent file operations (a file another node deleted first is simply
 * gone, a folder a chunk just arrived in is kept), so nodes sweeping at once do no harm.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChunkSweeper {

  private static final Logger LOG = Logger.getLogger(ChunkSweeper.class.getName());
  private static final Duration LONGEST_INTERVAL = Duration.ofMinutes(15);

  @Resource TimerService timers;
  @Inject ChunkedUploads uploads;
  @Inject ChunkedUploadConfiguration configuration;

  /** Keeps this node's runs from piling up on a slow disk. */
  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    // A quarter of the idle limit (at most 15 minutes, at least one), so an abandoned upload lives
    // at most 1.25 times the limit.
    long quarter = configuration.idleLimit().dividedBy(4).toMillis();
    long interval =
        Math.max(Duration.ofMinutes(1).toMillis(), Math.min(quarter, LONGEST_INTERVAL.toMillis()));
    timers.createIntervalTimer(interval, interval, new TimerConfig("chunk-sweeper", false));
  }

  @Timeout
  void onTimer() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      int deleted = uploads.sweep(configuration.idleLimit());
      if (deleted > 0) {
        LOG.info("Deleted " + deleted + " unfinished chunked uploads");
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Chunk sweep failed; it runs again", e);
    } finally {
      running.set(false);
    }
  }
}
