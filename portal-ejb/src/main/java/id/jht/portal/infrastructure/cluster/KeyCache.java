package id.jht.portal.infrastructure.cluster;

import id.jht.portal.application.channel.AuthenticatedChannel;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Verified keys (by SHA-256, never the key itself) with a time to live, and a generation that
 * {@link #forgetAll} moves on: an answer loaded while the generation moved is returned but not
 * kept, since it may have been read before the change it was told about. Unknown keys are never
 * kept (the wrong-key limit guards against guessing; remembering them would let a guesser fill the
 * memory). At most one entry per channel key, so the map stays as small as the channel list.
 */
final class KeyCache {

  private record Entry(AuthenticatedChannel channel, long expiresAtNanos) {}

  private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final long ttlNanos;

  KeyCache(Duration timeToLive) {
    this.ttlNanos = timeToLive.toNanos();
  }

  Optional<AuthenticatedChannel> get(
      String keyHash, Function<String, Optional<AuthenticatedChannel>> load) {
    long now = System.nanoTime();
    Entry known = entries.get(keyHash);
    if (known != null && now - known.expiresAtNanos() < 0) {
      return Optional.of(known.channel());
    }
    long before = generation.get();
    Optional<AuthenticatedChannel> loaded = load.apply(keyHash);
    if (loaded.isPresent() && ttlNanos > 0) {
      entries.put(keyHash, new Entry(loaded.get(), now + ttlNanos));
      if (generation.get() != before) {
        entries.remove(keyHash);
      }
    } else {
      entries.remove(keyHash);
    }
    return loaded;
  }

  void forgetAll() {
    generation.incrementAndGet();
    entries.clear();
  }
}
