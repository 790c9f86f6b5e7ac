package id.jht.portal.infrastructure.persistence.channel;

import id.jht.portal.domain.model.channel.ChannelClaim;
import id.jht.portal.domain.model.channel.ChannelClaims;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** The other channels' claims over JPA. */
@ApplicationScoped
public class JpaChannelClaims extends JpaRepository implements ChannelClaims {

  @Override
  public Optional<ChannelClaim> find(Long channelId, String reference) {
    return query(channelId, reference, false);
  }

  @Override
  public Optional<ChannelClaim> lock(Long channelId, String reference) {
    return query(channelId, reference, true);
  }

  @Override
  public void store(ChannelClaim claim) {
    if (!em.contains(claim)) {
      em.persist(claim);
    }
    em.flush();
  }

  private Optional<ChannelClaim> query(Long channelId, String reference, boolean lock) {
    var query =
        em.createQuery(
                "SELECT c FROM ChannelClaim c WHERE c.channelId = :channel"
                    + " AND c.reference = :reference",
                ChannelClaim.class)
            .setParameter("channel", channelId)
            .setParameter("reference", reference);
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultList().stream().findFirst();
  }
}
