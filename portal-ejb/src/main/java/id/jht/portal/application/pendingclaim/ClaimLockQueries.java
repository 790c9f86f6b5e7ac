package id.jht.portal.application.pendingclaim;

import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Nik;
import java.time.Instant;
import java.util.List;

/** Port: what {@link ClaimLockService} reads to tell whether a person may start a claim. */
public interface ClaimLockQueries {

  /**
   * Everything that may block the person, read at one moment (one statement, so the three sources
   * agree with each other without a transaction): this portal's OPEN pending records whose draft is
   * still a draft, its claims in {@code submittedStatuses}, and other channels' claims in {@code
   * channelStatuses}, each group by id.
   *
   * @param kpj only claims on this membership card, or all when null
   * @param exceptChannelId leave this channel's claims out, or none when null
   */
  LockRecords locksOf(
      Nik nik,
      Kpj kpj,
      List<String> submittedStatuses,
      List<String> channelStatuses,
      Long exceptChannelId);

  /** Where a lock record comes from. */
  enum Source {
    PENDING,
    SUBMITTED,
    CHANNEL
  }

  /**
   * The registry's name of the person (null when the NIK is not registered) and the records, this
   * portal's pending records first, then its submitted claims, then other channels' claims.
   */
  record LockRecords(String registeredName, List<LockRecord> records) {}

  /**
   * One blocking claim as stored.
   *
   * @param status the source's own status name
   * @param bookingCode a submitted claim's active ticket's booking code, else its latest's
   * @param since when a pending record or a channel claim was created, a claim submitted
   * @param channelCode the holding channel's code (channel claims only)
   * @param fullName the name the other channel gave (channel claims only)
   */
  record LockRecord(
      Source source,
      String status,
      String branchCode,
      String branchName,
      String bookingCode,
      Instant since,
      Instant expiresAt,
      Long pendingClaimId,
      Long claimId,
      String channelCode,
      String channelNameId,
      String channelNameEn,
      String fullName) {}
}
