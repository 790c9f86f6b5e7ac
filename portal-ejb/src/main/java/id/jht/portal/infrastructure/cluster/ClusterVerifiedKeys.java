package id.jht.portal.infrastructure.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import id.jht.portal.application.channel.AuthenticatedChannel;
import id.jht.portal.application.channel.ChannelKeysChanged;
import id.jht.portal.application.channel.VerifiedKeys;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verified API keys kept in this node's memory for {@code portal.api.key-cache-seconds} (default
 * 5), and forgotten on every node as soon as any node commits a change of keys: the change is
 * published on a Hazelcast topic ({@value #TOPIC}) after the commit, and each node's listener
 * empties its cache. So a revoked or rotated key is refused on every node within the topic's
 * delivery time (milliseconds on a healthy cluster); should the message be lost (a member cut off
 * from the others), the cache's time to live bounds it. A verification that was under way when the
 * message arrived is not remembered ({@link KeyCache}), so an answer read before the commit cannot
 * outlive it.
 */
@ApplicationScoped
public class ClusterVerifiedKeys implements VerifiedKeys {

  static final String TOPIC = "jht-api-key-changes";

  @Inject DataGrid grid;

  @Inject
  @ConfigProperty(name = "portal.api.key-cache-seconds", defaultValue = "5")
  int cacheSeconds;

  private KeyCache cache;
  private ITopic<String> changes;
  private UUID listener;

  @PostConstruct
  void connect() {
    cache = new KeyCache(Duration.ofSeconds(Math.max(0, cacheSeconds)));
    grid.member().ifPresent(this::listen);
  }

  private void listen(HazelcastInstance member) {
    changes = member.getTopic(TOPIC);
    KeyCache mine = cache;
    listener = changes.addMessageListener(message -> mine.forgetAll());
  }

  @PreDestroy
  void disconnect() {
    if (changes != null) {
      changes.removeMessageListener(listener);
    }
  }

  @Override
  public Optional<AuthenticatedChannel> verified(
      String keyHash, Function<String, Optional<AuthenticatedChannel>> verifyInDatabase) {
    return cache.get(keyHash, verifyInDatabase);
  }

  /** After the change's commit: forget here at once, and tell the other nodes. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChannelKeysChanged change) {
    cache.forgetAll();
    if (changes != null) {
      changes.publish(change.code());
    }
  }
}
