package id.jht.portal.application.pendingclaim;

import id.jht.portal.domain.model.channel.ChannelClaim;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.model.pendingclaim.PendingClaim;
import id.jht.portal.domain.model.queue.QueueTicket;
import java.util.Collection;
import java.util.List;

/** Port: what {@link ClaimLockService} reads to tell whether a person may start a claim. */
public interface ClaimLockQueries {

  /**
   * OPEN records of the NIK whose draft is still a draft (a record outliving its draft blocks
   * nothing), by id.
   *
   * @param kpj only records on this membership card, or all when null
   */
  List<PendingClaim> openRecordsOfDrafts(Nik nik, Kpj kpj);

  /**
   * The participant's claims in one of these statuses, by id.
   *
   * @param kpj only claims on this membership card, or all when null
   */
  List<Claim> claimsIn(Participant participant, Kpj kpj, Collection<ClaimStatus> statuses);

  /** The claim's queue tickets, latest (highest id) first. */
  List<QueueTicket> ticketsOf(Long claimId);

  /**
   * Other channels' claims on the NIK in one of these statuses, by id.
   *
   * @param kpj only claims on this membership card, or all when null
   * @param exceptChannelId leave this channel's claims out, or none when null
   */
  List<ChannelClaim> channelClaims(
      Nik nik, Kpj kpj, Collection<String> statuses, Long exceptChannelId);
}
