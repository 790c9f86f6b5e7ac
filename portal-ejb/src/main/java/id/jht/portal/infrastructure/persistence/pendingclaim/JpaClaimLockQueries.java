package id.jht.portal.infrastructure.persistence.pendingclaim;

import id.jht.portal.application.pendingclaim.ClaimLockQueries;
import id.jht.portal.domain.model.channel.ChannelClaim;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.model.pendingclaim.PendingClaim;
import id.jht.portal.domain.model.pendingclaim.PendingClaimStatus;
import id.jht.portal.domain.model.queue.QueueTicket;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;

/**
 * The claim-lock lookup's reads over JPA, without locks: the lookup only tells, it changes nothing.
 */
@ApplicationScoped
public class JpaClaimLockQueries extends JpaRepository implements ClaimLockQueries {

  @Override
  public List<PendingClaim> openRecordsOfDrafts(Nik nik, Kpj kpj) {
    TypedQuery<PendingClaim> query =
        em.createQuery(
                "SELECT p FROM PendingClaim p, Claim c WHERE c.id = p.claimId"
                    + " AND p.nik = :nik AND p.status = :open AND c.status = :draft"
                    + (kpj == null ? "" : " AND p.kpj = :kpj")
                    + " ORDER BY p.id",
                PendingClaim.class)
            .setParameter("nik", nik)
            .setParameter("open", PendingClaimStatus.OPEN)
            .setParameter("draft", ClaimStatus.DRAFT);
    if (kpj != null) {
      query.setParameter("kpj", kpj);
    }
    return query.getResultList();
  }

  @Override
  public List<Claim> claimsIn(Participant participant, Kpj kpj, Collection<ClaimStatus> statuses) {
    TypedQuery<Claim> query =
        em.createQuery(
                "SELECT c FROM Claim c WHERE c.participant = :participant AND c.status IN :open"
                    + (kpj == null ? "" : " AND c.membership.kpj = :kpj")
                    + " ORDER BY c.id",
                Claim.class)
            .setParameter("participant", participant)
            .setParameter("open", statuses);
    if (kpj != null) {
      query.setParameter("kpj", kpj);
    }
    return query.getResultList();
  }

  @Override
  public List<QueueTicket> ticketsOf(Long claimId) {
    return em.createQuery(
            "SELECT t FROM QueueTicket t WHERE t.claimId = :claim ORDER BY t.id DESC",
            QueueTicket.class)
        .setParameter("claim", claimId)
        .getResultList();
  }

  @Override
  public List<ChannelClaim> channelClaims(
      Nik nik, Kpj kpj, Collection<String> statuses, Long exceptChannelId) {
    TypedQuery<ChannelClaim> query =
        em.createQuery(
                "SELECT c FROM ChannelClaim c WHERE c.nik = :nik AND c.status IN :blocking"
                    + (kpj == null ? "" : " AND c.kpj = :kpj")
                    + (exceptChannelId == null ? "" : " AND c.channelId <> :caller")
                    + " ORDER BY c.id",
                ChannelClaim.class)
            .setParameter("nik", nik)
            .setParameter("blocking", statuses);
    if (kpj != null) {
      query.setParameter("kpj", kpj);
    }
    if (exceptChannelId != null) {
      query.setParameter("caller", exceptChannelId);
    }
    return query.getResultList();
  }
}
