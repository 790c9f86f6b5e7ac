package id.jht.portal.application.pendingclaim;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link PendingClaimSweep} on every node, every {@code
 * portal.pending.detector-interval-seconds} (default 60), with a non-persistent timer: persistent
 * timers fire on one node but do not fail over, so which node does which item is decided in the
 * database instead (row locks and unique keys), never here.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PendingClaimDetector {

  private static final Logger LOG = Logger.getLogger(PendingClaimDetector.class.getName());

  @Resource TimerService timers;
  @Inject PendingClaimSweep sweep;
  @Inject PendingClaimSettings settings;

  /** Keeps this node's runs from piling up when one takes longer than the interval. */
  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    long interval = settings.detectorIntervalSeconds() * 1000L;
    timers.createIntervalTimer(
        interval, interval, new TimerConfig("pending-claim-detector", false));
  }

  @Timeout
  void onTimer() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      sweep.runOnce();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Pending-claim detector run failed; it will run again", e);
    } finally {
      running.set(false);
    }
  }
}
