package id.jht.portal.application.pendingclaim;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * What operators watch (MicroProfile Metrics, {@code /metrics}): drafts detected, records expired,
 * reminders sent, and when the detector last ran and for how long. Counters are per node; summed
 * over nodes they give the totals.
 */
@ApplicationScoped
public class PendingClaimMetrics {

  @Inject MetricRegistry registry;

  private Counter detected;
  private Counter expired;
  private Counter reminded;
  private final AtomicLong lastRunEpochSeconds = new AtomicLong();
  private final AtomicLong lastRunMillis = new AtomicLong();

  @PostConstruct
  void register() {
    detected =
        registry.counter(
            Metadata.builder()
                .withName("portal.pending.drafts.detected")
                .withDescription("Abandoned drafts recorded as pending claims on this node")
                .build());
    expired =
        registry.counter(
            Metadata.builder()
                .withName("portal.pending.records.expired")
                .withDescription("Pending claims expired on this node")
                .build());
    reminded =
        registry.counter(
            Metadata.builder()
                .withName("portal.pending.reminders.sent")
                .withDescription("Expiry reminders queued on this node")
                .build());
    registry.gauge(
        Metadata.builder()
            .withName("portal.pending.detector.last.run")
            .withDescription("When the detector last finished a run (epoch seconds)")
            .withUnit(MetricUnits.SECONDS)
            .build(),
        lastRunEpochSeconds,
        AtomicLong::get);
    registry.gauge(
        Metadata.builder()
            .withName("portal.pending.detector.run.duration")
            .withDescription("How long the detector's last run took")
            .withUnit(MetricUnits.MILLISECONDS)
            .build(),
        lastRunMillis,
        AtomicLong::get);
  }

  public void draftDetected() {
    detected.inc();
  }

  public void recordExpired() {
    expired.inc();
  }

  public void reminderSent() {
    reminded.inc();
  }

  public void runFinished(long epochSeconds, long millis) {
    lastRunEpochSeconds.set(epochSeconds);
    lastRunMillis.set(millis);
  }
}
