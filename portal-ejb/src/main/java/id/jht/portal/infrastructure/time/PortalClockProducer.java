package id.jht.portal.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The {@link Clock} the application layer injects: the platform's own type, so use cases and their
 * tests depend on nothing of ours, and backed by {@link PortalClock}, so that a test run that moves
 * the portal's time moves it for every rule at once.
 */
@ApplicationScoped
public class PortalClockProducer {

  @Inject PortalClock portalClock;

  @Produces
  Clock clock() {
    return new AdjustableClock(portalClock, ZoneOffset.UTC);
  }

  /** A clock reading {@link PortalClock#now()} in a zone of its own. */
  static final class AdjustableClock extends Clock {

    private final PortalClock source;
    private final ZoneId zone;

    AdjustableClock(PortalClock source, ZoneId zone) {
      this.source = source;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new AdjustableClock(source, zone);
    }

    @Override
    public Instant instant() {
      return source.now();
    }
  }
}
