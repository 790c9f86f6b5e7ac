package id.jht.portal.infrastructure.correction;

import id.jht.portal.application.correction.CorrectionAttempts;
import id.jht.portal.application.ratelimit.RateLimits;
import id.jht.portal.domain.shared.Digests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Correction attempts in the cluster-wide rate-limit windows, under hashed bucket names (no NIK or
 * address in clear): per client address per hour, per NIK per day.
 */
@ApplicationScoped
public class RateLimitedCorrectionAttempts implements CorrectionAttempts {

  private static final Duration CLIENT_WINDOW = Duration.ofHours(1);
  private static final Duration NIK_WINDOW = Duration.ofDays(1);

  @Inject RateLimits rateLimits;

  @Inject
  @ConfigProperty(name = "portal.correction.attempts-per-client-hour", defaultValue = "10")
  int perClient;

  @Inject
  @ConfigProperty(name = "portal.correction.attempts-per-nik-day", defaultValue = "5")
  int perNik;

  @Override
  public Optional<Instant> throttledUntil(String clientAddress, String nik, Instant now) {
    RateLimits.Window client = rateLimits.peek(clientBucket(clientAddress), CLIENT_WINDOW, now);
    RateLimits.Window forNik = rateLimits.peek(nikBucket(nik), NIK_WINDOW, now);
    return Stream.of(
            client.hits() >= perClient ? client.resetsAt() : null,
            forNik.hits() >= perNik ? forNik.resetsAt() : null)
        .filter(java.util.Objects::nonNull)
        .max(Instant::compareTo);
  }

  @Override
  public void count(String clientAddress, String nik, Instant now) {
    rateLimits.hit(clientBucket(clientAddress), CLIENT_WINDOW, now);
    rateLimits.hit(nikBucket(nik), NIK_WINDOW, now);
  }

  private static String clientBucket(String clientAddress) {
    return "corr-client:" + Digests.sha256Hex(String.valueOf(clientAddress));
  }

  private static String nikBucket(String nik) {
    return "corr-nik:" + Digests.sha256Hex(nik);
  }
}
