package id.jht.portal.infrastructure.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The injected {@link Clock} moves with the portal clock, in whatever zone it is asked for. */
class PortalClockProducerTest {

  @Test
  void theProducedClockFollowsThePortalClocksOffset() {
    PortalClock portalClock = new PortalClock();
    portalClock.adjustable = true;
    PortalClockProducer producer = new PortalClockProducer();
    producer.portalClock = portalClock;
    Clock clock = producer.clock();

    portalClock.advance(Duration.ofDays(3));
    Instant expected = Instant.now().plus(Duration.ofDays(3));

    long drift = Math.abs(Duration.between(expected, clock.instant()).toMillis());
    assertTrue(drift < 5_000, "drift " + drift + " ms");
    assertEquals(ZoneOffset.UTC, clock.getZone());
  }

  @Test
  void aZonedCopyReadsTheSameInstantAndGivesThatZonesDate() {
    PortalClock portalClock = new PortalClock();
    PortalClockProducer producer = new PortalClockProducer();
    producer.portalClock = portalClock;
    ZoneId jayapura = ZoneId.of("Asia/Jayapura");

    Clock zoned = producer.clock().withZone(jayapura);

    assertEquals(jayapura, zoned.getZone());
    assertEquals(LocalDate.ofInstant(portalClock.now(), jayapura), LocalDate.now(zoned));
  }
}
