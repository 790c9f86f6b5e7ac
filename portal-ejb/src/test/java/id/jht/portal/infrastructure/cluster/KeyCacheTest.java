package id.jht.portal.infrastructure.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.application.channel.AuthenticatedChannel;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class KeyCacheTest {

  private static final AuthenticatedChannel CHANNEL =
      new AuthenticatedChannel(1L, "web", "Situs", "Website", 60);

  /** A database that counts its reads and knows the given channel (or none). */
  private static Function<String, Optional<AuthenticatedChannel>> database(
      AtomicInteger reads, AuthenticatedChannel known) {
    return hash -> {
      reads.incrementAndGet();
      return Optional.ofNullable(known);
    };
  }

  @Test
  void aKnownKeyIsReadOnceUntilTheCacheIsToldToForget() {
    KeyCache cache = new KeyCache(Duration.ofMinutes(5));
    AtomicInteger reads = new AtomicInteger();
    for (int i = 0; i < 10; i++) {
      assertTrue(cache.get("h", database(reads, CHANNEL)).isPresent());
    }
    assertEquals(1, reads.get());
    cache.forgetAll();
    cache.get("h", database(reads, CHANNEL));
    assertEquals(2, reads.get());
  }

  @Test
  void anAnswerReadWhileAChangeArrivedIsNotKept() {
    KeyCache cache = new KeyCache(Duration.ofMinutes(5));
    // The database answered before the revocation's commit; the message came during the read.
    cache.get(
        "h",
        h -> {
          cache.forgetAll();
          return Optional.of(CHANNEL);
        });
    AtomicInteger reads = new AtomicInteger();
    assertTrue(cache.get("h", database(reads, null)).isEmpty(), "the stale answer was not kept");
    assertEquals(1, reads.get());
  }

  @Test
  void unknownKeysAreNeverKept() {
    KeyCache cache = new KeyCache(Duration.ofMinutes(5));
    AtomicInteger reads = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      assertTrue(cache.get("guess", database(reads, null)).isEmpty());
    }
    assertEquals(3, reads.get());
  }
}
