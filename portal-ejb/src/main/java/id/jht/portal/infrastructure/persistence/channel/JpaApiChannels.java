package id.jht.portal.infrastructure.persistence.channel;

import id.jht.portal.domain.model.channel.ApiChannel;
import id.jht.portal.domain.model.channel.ApiChannels;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The API channels over JPA. */
@ApplicationScoped
public class JpaApiChannels extends JpaRepository implements ApiChannels {

  @Override
  public Optional<ApiChannel> activeWithKeyHash(String keyHash) {
    return em
        .createQuery(
            "SELECT c FROM ApiChannel c WHERE c.keyHash = :hash AND c.active = TRUE",
            ApiChannel.class)
        .setParameter("hash", keyHash)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Optional<ApiChannel> find(Long channelId) {
    return Optional.ofNullable(em.find(ApiChannel.class, channelId));
  }

  @Override
  public Optional<ApiChannel> findByCode(String code) {
    return em
        .createQuery("SELECT c FROM ApiChannel c WHERE c.code = :code", ApiChannel.class)
        .setParameter("code", code)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public List<ApiChannel> all() {
    return em.createQuery("SELECT c FROM ApiChannel c ORDER BY c.id", ApiChannel.class)
        .getResultList();
  }

  /** Flushed at once: the caller returns the new id, and a taken code fails in this call. */
  @Override
  public void add(ApiChannel channel) {
    em.persist(channel);
    em.flush();
  }
}
