package id.jht.portal.infrastructure.persistence.channel;

import id.jht.portal.domain.model.channel.ApiChannel;
import id.jht.portal.domain.model.channel.ApiChannels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The API channels over JPA. */
@ApplicationScoped
public class JpaApiChannels implements ApiChannels {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

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
}
