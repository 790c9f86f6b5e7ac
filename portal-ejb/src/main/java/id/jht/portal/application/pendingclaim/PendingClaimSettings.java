package id.jht.portal.application.pendingclaim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configurable figures of the registry, with the defaults the agency uses today. */
@ApplicationScoped
public class PendingClaimSettings {

  @Inject
  @ConfigProperty(name = "portal.pending.abandon-after-minutes", defaultValue = "30")
  int abandonAfterMinutes;

  @Inject
  @ConfigProperty(name = "portal.pending.expire-after-days", defaultValue = "14")
  int expireAfterDays;

  @Inject
  @ConfigProperty(name = "portal.pending.remind-days-before-expiry", defaultValue = "2")
  int remindDaysBeforeExpiry;

  /** Seconds between two detector runs on each node. */
  @Inject
  @ConfigProperty(name = "portal.pending.detector-interval-seconds", defaultValue = "60")
  int detectorIntervalSeconds;

  /** Rows handled per batch; each row gets its own short transaction. */
  @Inject
  @ConfigProperty(name = "portal.pending.batch-size", defaultValue = "100")
  int batchSize;

  @Inject
  @ConfigProperty(name = "portal.pending.release-code-minutes", defaultValue = "10")
  int releaseCodeMinutes;

  @Inject
  @ConfigProperty(name = "portal.pending.release-code-tries", defaultValue = "5")
  int releaseCodeTries;

  /** Codes a participant may request per hour; keeps the mailbox and guessing in check. */
  @Inject
  @ConfigProperty(name = "portal.pending.release-codes-per-hour", defaultValue = "3")
  int releaseCodesPerHour;

  public AbandonmentRules rules() {
    return new AbandonmentRules(
        Duration.ofMinutes(abandonAfterMinutes),
        Duration.ofDays(expireAfterDays),
        Duration.ofDays(remindDaysBeforeExpiry));
  }

  public int detectorIntervalSeconds() {
    return Math.max(1, detectorIntervalSeconds);
  }

  public int batchSize() {
    return Math.max(1, batchSize);
  }

  public Duration releaseCodeValidity() {
    return Duration.ofMinutes(Math.max(1, releaseCodeMinutes));
  }

  public int releaseCodeTries() {
    return Math.max(1, releaseCodeTries);
  }

  public int releaseCodesPerHour() {
    return Math.max(1, releaseCodesPerHour);
  }
}
