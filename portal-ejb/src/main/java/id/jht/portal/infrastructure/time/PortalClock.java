package id.jht.portal.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now" for business rules, so that tests move time instead of waiting. Moving it
 * is possible only when {@code portal.clock.adjustable=true}, which only test runs set.
 */
@ApplicationScoped
public class PortalClock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  @Inject
  @ConfigProperty(name = "portal.clock.adjustable", defaultValue = "false")
  boolean adjustable;

  public Instant now() {
    return Instant.now().plus(offset.get());
  }

  /** Today's date in the given time zone (a branch's). */
  public LocalDate today(ZoneId zone) {
    return LocalDate.ofInstant(now(), zone);
  }

  public boolean isAdjustable() {
    return adjustable;
  }

  public Duration offset() {
    return offset.get();
  }

  /** Moves the clock forward (or back) by {@code delta}; refused unless adjustable. */
  public void advance(Duration delta) {
    requireAdjustable();
    offset.updateAndGet(current -> current.plus(delta));
  }

  public void reset() {
    requireAdjustable();
    offset.set(Duration.ZERO);
  }

  private void requireAdjustable() {
    if (!adjustable) {
      throw new IllegalStateException("the clock is not adjustable in this run");
    }
  }
}
