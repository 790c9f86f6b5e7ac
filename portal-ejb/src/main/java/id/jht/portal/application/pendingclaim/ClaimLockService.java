package id.jht.portal.application.pendingclaim;

import id.jht.portal.application.channel.AuthenticatedChannel;
import id.jht.portal.application.channel.ChannelClaimStatus;
import id.jht.portal.application.texts.Texts;
import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Participants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
// A plain CDI bean, not an EJB: one statement reads every source at one moment, so a lookup needs
// no transaction of its own (it joins the caller's when there is one: the wizard asks inside its
// own), and the API's hottest path is spared the EJB container's work on every call.
@ApplicationScoped
public class ClaimLockService {

  /** The code under which this portal's own claims appear in lock lists. */
  public static final String PORTAL_CHANNEL = "lapak-asik";

  private static final List<String> SUBMITTED_OPEN =
      Arrays.stream(ClaimStatus.values())
          .filter(s -> s.isOpen() && s != ClaimStatus.DRAFT)
          .map(Enum::name)
          .toList();
  private static final List<String> CHANNEL_BLOCKING =
      Arrays.stream(ChannelClaimStatus.values())
          .filter(ChannelClaimStatus::isBlocking)
          .map(Enum::name)
          .toList();

  @Inject Participants participants;
  @Inject ClaimLockQueries queries;

  /**
   * The locks on a person, as this portal sees them (none of its own claims left out).
   *
   * @param nik 16 digits
   * @param kpjOrNull 11 digits, or null for all of the person's memberships
   * @return the locks, this portal's first, each group by id; empty when the person may start
   * @throws id.jht.portal.domain.shared.InvalidValueException field {@code nik} or {@code kpj} for
   *     a malformed number
   */
  public List<ClaimLock> lookup(String nik, String kpjOrNull) {
    return lookup(nik, kpjOrNull, null, null);
  }

  /**
   * Whether the participant has a draft of this portal left pending, and so must choose between
   * resuming and cancelling it before the wizard goes on (resuming closes the pending record, so
   * other channels are no longer blocked).
   */
  public boolean holdsOwnPendingDraft(Long participantId) {
    return participants
        .find(participantId)
        .map(p -> lookup(p.getNik().value(), null).stream().anyMatch(ClaimLock::isResumableDraft))
        .orElse(false);
  }

  /**
   * The locks on a person as an API channel asks: its own claims are left out, the messages name
   * it, and the name the caller knows the person by is used for the name check against other
   * channels' claims (else the registry's name is).
   *
   * @param callerOrNull the calling channel, or null when this portal asks
   */
  public List<ClaimLock> lookup(
      String nik, String kpjOrNull, String fullNameOrNull, AuthenticatedChannel callerOrNull) {
    Nik nikValue = Nik.of(nik);
    Kpj kpjValue = kpjOrNull == null || kpjOrNull.isBlank() ? null : Kpj.of(kpjOrNull);
    LockMessages.Names callerNames =
        callerOrNull == null
            ? null
            : new LockMessages.Names(callerOrNull.displayNameId(), callerOrNull.displayNameEn());
    ClaimLockQueries.LockRecords found =
        queries.locksOf(
            nikValue,
            kpjValue,
            SUBMITTED_OPEN,
            CHANNEL_BLOCKING,
            callerOrNull == null ? null : callerOrNull.id());
    String knownName =
        fullNameOrNull != null && !fullNameOrNull.isBlank()
            ? fullNameOrNull
            : found.registeredName();
    List<ClaimLock> locks = new ArrayList<>();
    for (ClaimLockQueries.LockRecord record : found.records()) {
      if (record.source() == ClaimLockQueries.Source.CHANNEL) {
        if (SamePersonRule.namesAgree(knownName, record.fullName())) {
          locks.add(channelLock(record, callerNames));
        }
      } else {
        locks.add(portalLock(record, callerNames));
      }
    }
    return locks;
  }

  private static LockMessages.Names portalNames() {
    return new LockMessages.Names(
        LockMessages.text(Texts.INDONESIAN, "pending.channel.portal"),
        LockMessages.text(Locale.ENGLISH, "pending.channel.portal"));
  }

  /**
   * A lock this portal holds: an OPEN record whose draft is still a draft (a record outliving its
   * draft blocks nothing), or a submitted claim not yet paid, rejected or cancelled; its message
   * names the claim's branch.
   */
  private static ClaimLock portalLock(
      ClaimLockQueries.LockRecord record, LockMessages.Names callerNames) {
    LockMessages.Names portal = portalNames();
    var message = LockMessages.of(callerNames, portal, record.branchName());
    return new ClaimLock(
        PORTAL_CHANNEL,
        portal.indonesian(),
        portal.english(),
        record.source() == ClaimLockQueries.Source.PENDING ? LockKind.PENDING : LockKind.SUBMITTED,
        record.status(),
        record.branchCode(),
        record.branchName(),
        record.bookingCode(),
        record.since(),
        record.expiresAt(),
        record.pendingClaimId(),
        record.claimId(),
        message.indonesian(),
        message.english());
  }

  /** A blocking claim another channel registered for the same person. */
  private static ClaimLock channelLock(
      ClaimLockQueries.LockRecord record, LockMessages.Names callerNames) {
    LockMessages.Names holderNames =
        new LockMessages.Names(record.channelNameId(), record.channelNameEn());
    var message = LockMessages.of(callerNames, holderNames, record.branchName());
    ChannelClaimStatus status = ChannelClaimStatus.valueOf(record.status());
    return new ClaimLock(
        record.channelCode(),
        record.channelNameId(),
        record.channelNameEn(),
        status == ChannelClaimStatus.PENDING ? LockKind.PENDING : LockKind.SUBMITTED,
        status.name(),
        record.branchCode(),
        record.branchName(),
        null,
        record.since(),
        null,
        null,
        null,
        message.indonesian(),
        message.english());
  }
}
