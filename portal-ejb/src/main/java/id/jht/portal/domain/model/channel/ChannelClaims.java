package id.jht.portal.domain.model.channel;

import java.util.Optional;

/**
 * Repository of the claims other channels registered, each under the channel's own reference; the
 * unique key on (channel_id, reference) decides between two requests racing for a new reference.
 */
public interface ChannelClaims {

  /** The channel's claim under the reference, read without a lock. */
  Optional<ChannelClaim> find(Long channelId, String reference);

  /** The channel's claim under the reference, locked for the rest of the transaction. */
  Optional<ChannelClaim> lock(Long channelId, String reference);

  /**
   * Stores a new claim or the changes of a loaded one now, not at commit: a racing insert of the
   * same reference fails in this call.
   */
  void store(ChannelClaim claim);
}
