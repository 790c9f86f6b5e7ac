package id.jht.portal.domain.model.channel;

import java.util.Optional;

/** The API channels, as the check of a presented key needs them. */
public interface ApiChannels {

  /** The active channel whose key has this SHA-256, if any. */
  Optional<ApiChannel> activeWithKeyHash(String keyHash);
}
