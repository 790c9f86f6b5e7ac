package id.jht.portal.infrastructure.cluster;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counters in Hazelcast maps of {@code String} to {@code Long}: each counter lives on the member
 * that owns its partition (with Hazelcast's default synchronous backup on another), so every node
 * increments the same value. An increment (or a batch of hits: {@link #add}) is a compare-and-set
 * on the owner ({@code putIfAbsent}, then {@code replace(key, seen, seen + delta)} until no other
 * increment came in between): exact, with no entry processor (whose class every member would have
 * to load from the application) and no CP structure (Payara leaves the CP subsystem off).
 *
 * <p>Expiry: {@code replace} gives an entry its map's time to live again (a time to live given per
 * entry would be lost on the first increment; {@code ClusterLimitsAcrossMembersTest} shows it), so
 * there is one map per time to live ({@value #MAP_PREFIX}{@code <seconds>s}), added to the
 * cluster's configuration at run time on first use. A counter thus lives that long after its last
 * increment.
 */
final class GridWindowCounters implements WindowCounters {

  static final String MAP_PREFIX = "jht-rate-limits-";

  private final HazelcastInstance member;
  private final ConcurrentMap<Long, IMap<String, Long>> maps = new ConcurrentHashMap<>();

  GridWindowCounters(HazelcastInstance member) {
    this.member = member;
  }

  @Override
  public long add(String key, long delta, Duration timeToLive) {
    IMap<String, Long> counters = mapFor(timeToLive);
    while (true) {
      Long seen = counters.putIfAbsent(key, delta);
      if (seen == null) {
        return delta;
      }
      if (counters.replace(key, seen, seen + delta)) {
        return seen + delta;
      }
    }
  }

  @Override
  public long current(String key, Duration timeToLive) {
    Long hits = mapFor(timeToLive).get(key);
    return hits == null ? 0 : hits;
  }

  static String mapName(Duration timeToLive) {
    return MAP_PREFIX + Math.max(1, timeToLive.toSeconds()) + "s";
  }

  private IMap<String, Long> mapFor(Duration timeToLive) {
    long seconds = Math.max(1, timeToLive.toSeconds());
    return maps.computeIfAbsent(
        seconds,
        s -> {
          String name = mapName(timeToLive);
          // Dynamic configuration: the same settings from every node are accepted, cluster-wide.
          member.getConfig().addMapConfig(new MapConfig(name).setTimeToLiveSeconds((int) (long) s));
          return member.getMap(name);
        });
  }
}
