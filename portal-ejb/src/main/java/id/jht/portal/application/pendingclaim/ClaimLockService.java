package id.jht.portal.application.pendingclaim;

import id.jht.portal.application.channel.ChannelClaimStatus;
import id.jht.portal.application.texts.Texts;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.branch.BranchOffices;
import id.jht.portal.domain.model.channel.ApiChannel;
import id.jht.portal.domain.model.channel.ApiChannels;
import id.jht.portal.domain.model.channel.ChannelClaim;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.model.participant.Participants;
import id.jht.portal.domain.model.pendingclaim.PendingClaim;
import id.jht.portal.domain.model.queue.QueueTicket;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one answer to "may this person start a claim?", for other channels (through the API) and for
 * this portal's own wizard alike. A person is blocked by:
 *
 * <ul>
 *   <li>an OPEN pending claim of this portal (a draft left before its queue number);
 *   <li>a submitted claim of this portal not yet paid, rejected or cancelled;
 *   <li>a blocking claim another channel registered, other than the caller's own, when it is the
 *       same person: NIK equal, KPJ equal when given, and names at least 75 % similar where both
 *       are known ({@link SamePersonRule}).
 * </ul>
 *
 * <p>With a KPJ, only claims on that membership card count; without one, all of the person's.
 */
@Stateless
// One transaction per lookup, so its queries share one connection instead of each taking its own.
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ClaimLockService {

  /** The code under which this portal's own claims appear in lock lists. */
  public static final String PORTAL_CHANNEL = "lapak-asik";

  private static final List<ClaimStatus> SUBMITTED_OPEN =
      Arrays.stream(ClaimStatus.values())
          .filter(s -> s.isOpen() && s != ClaimStatus.DRAFT)
          .toList();
  private static final List<String> CHANNEL_BLOCKING =
      Arrays.stream(ChannelClaimStatus.values())
          .filter(ChannelClaimStatus::isBlocking)
          .map(Enum::name)
          .toList();

  @Inject Participants participants;
  @Inject ApiChannels channels;
  @Inject BranchOffices branches;
  @Inject ClaimLockQueries queries;

  /**
   * The locks on a person.
   *
   * @param nik 16 digits
   * @param kpjOrNull 11 digits, or null for all of the person's memberships
   * @param callerChannelCodeOrNull the calling API channel (its own claims are left out and the
   *     messages name it), or null when this portal asks
   * @return the locks, this portal's first, each group by id; empty when the person may start
   * @throws id.jht.portal.domain.shared.InvalidValueException field {@code nik} or {@code kpj} for
   *     a malformed number
   */
  public List<ClaimLock> lookup(String nik, String kpjOrNull, String callerChannelCodeOrNull) {
    return lookup(nik, kpjOrNull, null, callerChannelCodeOrNull);
  }

  /**
   * Whether the participant has a draft of this portal left pending, and so must choose between
   * resuming and cancelling it before the wizard goes on (resuming closes the pending record, so
   * other channels are no longer blocked).
   */
  public boolean holdsOwnPendingDraft(Long participantId) {
    return participants
        .find(participantId)
        .map(
            p ->
                lookup(p.getNik().value(), null, null).stream()
                    .anyMatch(ClaimLock::isResumableDraft))
        .orElse(false);
  }

  /**
   * As {@link #lookup(String, String, String)}, with the name the caller knows the person by, for
   * the name check against other channels' claims (else the registry's name is used).
   */
  public List<ClaimLock> lookup(
      String nik, String kpjOrNull, String fullNameOrNull, String callerChannelCodeOrNull) {
    Nik nikValue = Nik.of(nik);
    Kpj kpjValue = kpjOrNull == null || kpjOrNull.isBlank() ? null : Kpj.of(kpjOrNull);
    Optional<ApiChannel> caller = caller(callerChannelCodeOrNull);
    LockMessages.Names callerNames =
        caller
            .map(c -> new LockMessages.Names(c.getDisplayNameId(), c.getDisplayNameEn()))
            .orElse(null);
    Optional<Participant> participant = participants.findByNik(nikValue);
    List<ClaimLock> locks = new ArrayList<>();
    locks.addAll(pendingLocks(nikValue, kpjValue, callerNames));
    participant.ifPresent(p -> locks.addAll(submittedLocks(p, kpjValue, callerNames)));
    String knownName =
        fullNameOrNull != null && !fullNameOrNull.isBlank()
            ? fullNameOrNull
            : participant.map(p -> p.getFullName().value()).orElse(null);
    locks.addAll(channelLocks(nikValue, kpjValue, knownName, caller, callerNames));
    return locks;
  }

  private Optional<ApiChannel> caller(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Optional.of(
        channels
            .findByCode(code)
            .orElseThrow(() -> new IllegalArgumentException("unknown API channel " + code)));
  }

  private static LockMessages.Names portalNames() {
    return new LockMessages.Names(
        LockMessages.text(Texts.INDONESIAN, "pending.channel.portal"),
        LockMessages.text(java.util.Locale.ENGLISH, "pending.channel.portal"));
  }

  /** OPEN records whose draft is still a draft (a record outliving its draft blocks nothing). */
  private List<ClaimLock> pendingLocks(Nik nik, Kpj kpj, LockMessages.Names callerNames) {
    List<PendingClaim> records = queries.openRecordsOfDrafts(nik, kpj);
    List<ClaimLock> locks = new ArrayList<>();
    for (PendingClaim record : records) {
      BranchOffice branch = branches.find(record.getBranchId()).orElseThrow();
      locks.add(
          portalLock(
              callerNames,
              LockKind.PENDING,
              record.getStatus().name(),
              branch,
              null,
              record.getCreatedAt(),
              record.getExpiresAt(),
              record.getId(),
              record.getClaimId()));
    }
    return locks;
  }

  private List<ClaimLock> submittedLocks(
      Participant participant, Kpj kpj, LockMessages.Names callerNames) {
    List<Claim> claims = queries.claimsIn(participant, kpj, SUBMITTED_OPEN);
    List<ClaimLock> locks = new ArrayList<>();
    for (Claim claim : claims) {
      BranchOffice branch =
          claim.getBranch() != null ? claim.getBranch() : participant.getHomeBranch();
      locks.add(
          portalLock(
              callerNames,
              LockKind.SUBMITTED,
              claim.getStatus().name(),
              branch,
              bookingCode(claim.getId()),
              claim.getSubmittedAt() != null ? claim.getSubmittedAt() : claim.getCreatedAt(),
              null,
              null,
              claim.getId()));
    }
    return locks;
  }

  /** A lock this portal holds (pending or submitted), its message naming the claim's branch. */
  private static ClaimLock portalLock(
      LockMessages.Names callerNames,
      LockKind kind,
      String status,
      BranchOffice branch,
      String bookingCode,
      Instant since,
      Instant expiresAt,
      Long pendingClaimId,
      Long claimId) {
    LockMessages.Names portal = portalNames();
    var message = LockMessages.of(callerNames, portal, branch.getName());
    return new ClaimLock(
        PORTAL_CHANNEL,
        portal.indonesian(),
        portal.english(),
        kind,
        status,
        branch.getCode(),
        branch.getName(),
        bookingCode,
        since,
        expiresAt,
        pendingClaimId,
        claimId,
        message.indonesian(),
        message.english());
  }

  /** The active ticket's booking code, else the latest ticket's. */
  private String bookingCode(Long claimId) {
    List<QueueTicket> tickets = queries.ticketsOf(claimId);
    return tickets.stream()
        .filter(t -> t.getStatus() != null && t.getStatus().isActive())
        .findFirst()
        .or(() -> tickets.stream().findFirst())
        .map(QueueTicket::getBookingCode)
        .orElse(null);
  }

  private List<ClaimLock> channelLocks(
      Nik nik,
      Kpj kpj,
      String knownName,
      Optional<ApiChannel> caller,
      LockMessages.Names callerNames) {
    List<ChannelClaim> claims =
        queries.channelClaims(
            nik, kpj, CHANNEL_BLOCKING, caller.map(ApiChannel::getId).orElse(null));
    Map<Long, ApiChannel> holders = new HashMap<>();
    List<ClaimLock> locks = new ArrayList<>();
    for (ChannelClaim claim : claims) {
      if (!SamePersonRule.namesAgree(knownName, Objects.toString(claim.getFullName(), null))) {
        continue;
      }
      ApiChannel holder =
          holders.computeIfAbsent(claim.getChannelId(), id -> channels.find(id).orElseThrow());
      LockMessages.Names holderNames =
          new LockMessages.Names(holder.getDisplayNameId(), holder.getDisplayNameEn());
      Optional<BranchOffice> branch = branch(claim.getBranchCode());
      String branchName = branch.map(BranchOffice::getName).orElse(null);
      var message = LockMessages.of(callerNames, holderNames, branchName);
      ChannelClaimStatus status = ChannelClaimStatus.valueOf(claim.getStatus());
      locks.add(
          new ClaimLock(
              holder.getCode(),
              holder.getDisplayNameId(),
              holder.getDisplayNameEn(),
              status == ChannelClaimStatus.PENDING ? LockKind.PENDING : LockKind.SUBMITTED,
              status.name(),
              claim.getBranchCode(),
              branchName,
              null,
              claim.getCreatedAt(),
              null,
              null,
              null,
              message.indonesian(),
              message.english()));
    }
    return locks;
  }

  private Optional<BranchOffice> branch(String code) {
    return code == null ? Optional.empty() : branches.findByCode(code);
  }
}
