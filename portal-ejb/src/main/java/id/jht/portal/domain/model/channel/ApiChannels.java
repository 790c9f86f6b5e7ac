package id.jht.portal.domain.model.channel;

import java.util.List;
import java.util.Optional;

/** Repository of the API channels. */
public interface ApiChannels {

  /** The active channel whose key has this SHA-256, if any. */
  Optional<ApiChannel> activeWithKeyHash(String keyHash);

  Optional<ApiChannel> find(Long channelId);

  Optional<ApiChannel> findByCode(String code);

  /** Every channel, active or not, by id. */
  List<ApiChannel> all();

  /** Stores a new channel and gives it its id. */
  void add(ApiChannel channel);
}
