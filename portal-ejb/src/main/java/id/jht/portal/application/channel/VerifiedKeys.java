package id.jht.portal.application.channel;

import java.util.Optional;
import java.util.function.Function;

/**
 * Keys this node has recently verified against the database, so that a known key costs no query per
 * request. The application declares the port; the implementation says how fast a change of keys
 * reaches every node (see {@link ChannelKeysChanged}).
 */
public interface VerifiedKeys {

  /**
   * The channel the key with this SHA-256 belongs to: from memory when it was verified recently,
   * else from {@code verifyInDatabase} (whose answer is remembered only when it is a channel).
   */
  Optional<AuthenticatedChannel> verified(
      String keyHash, Function<String, Optional<AuthenticatedChannel>> verifyInDatabase);
}
