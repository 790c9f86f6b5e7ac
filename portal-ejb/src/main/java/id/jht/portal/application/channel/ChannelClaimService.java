package id.jht.portal.application.channel;

import id.jht.portal.domain.model.branch.BranchOffices;
import id.jht.portal.domain.model.channel.ChannelClaim;
import id.jht.portal.domain.model.channel.ChannelClaims;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Participants;
import id.jht.portal.domain.model.participant.PersonName;
import id.jht.portal.domain.shared.InvalidValueException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Claims other channels hold and tell the portal about, under references of their own. A channel
 * sees and changes only its own references (the channel is part of every query), and both
 * registering and releasing are idempotent: repeating a request changes nothing more.
 */
@Stateless
public class ChannelClaimService {

  public static final String REFERENCE_FIELD = "reference";
  public static final String BRANCH_FIELD = "branchCode";
  public static final String NAME_FIELD = "fullName";
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @Inject ChannelClaims claims;
  @Inject Participants participants;
  @Inject BranchOffices branches;
  @Inject Clock clock;

  /** The request to register or update a claim; values as the channel sent them. */
  public record Registration(
      String nik, String kpj, String fullName, String branchCode, String status) {}

  /**
   * Registers the claim under the reference, or updates it.
   *
   * @throws InvalidValueException naming the field: {@code reference}, {@code nik}, {@code kpj},
   *     {@code fullName}, {@code branchCode} or {@code status}
   * @throws ReferenceTakenException when the reference already names another person's claim
   * @throws IdentityMismatchException when the NIK and the KPJ are two different registered
   *     participants'
   */
  public ChannelClaimView register(
      AuthenticatedChannel channel, String reference, Registration registration) {
    String ref = validReference(reference);
    Nik nik = Nik.of(registration.nik());
    Kpj kpj = Kpj.of(registration.kpj());
    PersonName fullName = validName(registration.fullName());
    String branchCode = knownBranch(registration.branchCode());
    ChannelClaimStatus status = ChannelClaimStatus.parse(registration.status());
    requireSamePerson(nik, kpj);

    // Whole seconds, as stored: the answer to a repeated request is then identical.
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    // A plain read first: a locking read of a reference that does not exist yet would lock the
    // index gap, and concurrent inserts into that gap deadlock. A new reference is inserted
    // straight away; two requests racing for the same new reference meet at the unique key (the
    // loser gets 409 and may repeat its idempotent PUT). An existing row is locked by itself.
    Optional<ChannelClaim> existing =
        claims.find(channel.id(), ref).flatMap(found -> claims.lock(channel.id(), ref));
    boolean created = existing.isEmpty();
    ChannelClaim claim = existing.orElseGet(() -> new ChannelClaim(channel.id(), ref, now));
    if (!created && !(nik.equals(claim.getNik()) && kpj.equals(claim.getKpj()))) {
      throw new ReferenceTakenException(channel.code());
    }
    boolean unchanged =
        !created
            && Objects.equals(fullName, claim.getFullName())
            && branchCode.equals(claim.getBranchCode())
            && status.name().equals(claim.getStatus());
    if (!unchanged) {
      claim.update(nik, kpj, fullName, branchCode, status.name(), now);
    }
    claims.store(claim);
    return view(claim, created);
  }

  /**
   * Releases the claim: it no longer blocks anyone. Releasing again is harmless.
   *
   * @return false when this channel never registered the reference
   * @throws InvalidValueException field {@code reference} for a malformed reference
   */
  public boolean release(AuthenticatedChannel channel, String reference) {
    String ref = validReference(reference);
    Optional<ChannelClaim> existing = claims.lock(channel.id(), ref);
    if (existing.isEmpty()) {
      return false;
    }
    ChannelClaim claim = existing.get();
    if (!ChannelClaimStatus.RELEASED.name().equals(claim.getStatus())) {
      claim.update(
          claim.getNik(),
          claim.getKpj(),
          claim.getFullName(),
          claim.getBranchCode(),
          ChannelClaimStatus.RELEASED.name(),
          clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }
    return true;
  }

  /** The channel's own claim under the reference, if any. */
  public Optional<ChannelClaimView> find(AuthenticatedChannel channel, String reference) {
    return claims.find(channel.id(), validReference(reference)).map(c -> view(c, false));
  }

  /** Both numbers registered, to two different people: refused (unknown numbers are allowed). */
  private void requireSamePerson(Nik nik, Kpj kpj) {
    List<Nik> holderOfKpj = participants.niksHoldingKpj(kpj);
    if (holderOfKpj.isEmpty() || holderOfKpj.contains(nik)) {
      return;
    }
    if (participants.existsWithNik(nik)) {
      throw new IdentityMismatchException();
    }
  }

  static String validReference(String reference) {
    if (reference == null || !REFERENCE.matcher(reference).matches()) {
      throw InvalidValueException.of(REFERENCE_FIELD, "pending.api.referenceInvalid");
    }
    return reference;
  }

  private static PersonName validName(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return null;
    }
    try {
      PersonName name = PersonName.of(fullName);
      return name.value().length() <= 120 ? name : PersonName.of(name.value().substring(0, 120));
    } catch (InvalidValueException e) {
      throw e.forField(NAME_FIELD);
    }
  }

  private String knownBranch(String code) {
    if (code == null || code.isBlank()) {
      throw InvalidValueException.of(BRANCH_FIELD, "pending.api.branchRequired");
    }
    String value = code.strip();
    if (branches.findByCode(value).isEmpty()) {
      throw InvalidValueException.of(BRANCH_FIELD, "pending.api.branchUnknown", value);
    }
    return value;
  }

  private static ChannelClaimView view(ChannelClaim claim, boolean created) {
    ChannelClaimStatus status = ChannelClaimStatus.valueOf(claim.getStatus());
    return new ChannelClaimView(
        claim.getReference(),
        claim.getNik().masked(),
        claim.getKpj().masked(),
        claim.getBranchCode(),
        status,
        status.isBlocking(),
        claim.getCreatedAt(),
        claim.getUpdatedAt(),
        created);
  }
}
