package id.jht.portal.application.correction;

import id.jht.portal.domain.model.correction.CorrectionEvidence;
import id.jht.portal.domain.model.correction.CorrectionKind;
import id.jht.portal.domain.model.correction.CorrectionReference;
import id.jht.portal.domain.model.correction.CorrectionRequest;
import id.jht.portal.domain.model.correction.CorrectionRequests;
import id.jht.portal.domain.model.correction.CorrectionState;
import id.jht.portal.domain.model.correction.EktpData;
import id.jht.portal.domain.model.correction.StoredEvidence;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Membership;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Participants;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The identity-data correction, asked by someone who cannot pass the identity step: NIK, KPJ, the
 * name and birth date as on the e-KTP, and its photo. Nobody may learn from it whether a NIK
 * exists, so every well-formed request gets the same answer; only a NIK and KPJ of the same
 * participant whose data differ from the e-KTP create a request the home branch sees, and the
 * reference that shows its state goes to the address registered for that NIK. Attempts are counted
 * like the identity step's.
 */
@Stateless
public class IdentityCorrectionService {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The answer to a submission. */
  public sealed interface Answer extends Serializable {}

  /** The same answer for every well-formed request, whether or not it reached a branch. */
  public record Received() implements Answer {}

  /** Too many attempts from this client or for this NIK. */
  public record Throttled(Instant until) implements Answer {}

  /** The photo was refused by its content (the message names the file). */
  public record DocumentRefused(Message message) implements Answer {}

  /** The answer to a look-up of a request's state by NIK and reference. */
  public sealed interface Lookup extends Serializable {}

  public record Found(CorrectionView request) implements Lookup {}

  /** No request of this NIK has this reference (or the NIK is unknown: the same answer). */
  public record NotFound() implements Lookup {}

  public record LookupThrottled(Instant until) implements Lookup {}

  @Inject Clock clock;
  @Inject Participants participants;
  @Inject CorrectionRequests requests;
  @Inject CorrectionEvidence evidence;
  @Inject CorrectionAttempts attempts;
  @Inject CorrectionMails mails;

  /**
   * Submits the request.
   *
   * @throws InvalidValueException for a malformed NIK or KPJ, a missing or malformed name, birth
   *     date or statement, or a birth date the NIK contradicts: all checked without the registry
   */
  public Answer submit(
      String nik,
      String kpj,
      EktpData ektp,
      String statement,
      String fileName,
      String declaredContentType,
      InputStream content,
      String clientAddress) {
    Nik typedNik = Nik.of(nik);
    Kpj typedKpj = Kpj.of(kpj);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    CorrectionRequest.checkIdentityData(typedNik, ektp, statement, today);
    Optional<Instant> wait = attempts.throttledUntil(clientAddress, typedNik.value(), now);
    if (wait.isPresent()) {
      return new Throttled(wait.get());
    }
    CorrectionEvidence.Outcome outcome = evidence.keep(fileName, declaredContentType, content);
    if (outcome instanceof CorrectionEvidence.Refused refused) {
      return new DocumentRefused(refused.message());
    }
    StoredEvidence kept = ((CorrectionEvidence.Kept) outcome).evidence();
    attempts.count(clientAddress, typedNik.value(), now);
    Optional<Membership> membership =
        participants
            .byNikAndKpj(typedNik, typedKpj)
            .filter(m -> CorrectionRequest.differsFromRegistry(m.getParticipant(), ektp))
            .filter(m -> !waiting(m.getParticipant().getId()));
    if (membership.isEmpty()) {
      // The photo was inspected and stored all the same, so both answers cost alike.
      evidence.discard(kept);
      return new Received();
    }
    try {
      CorrectionReference reference = CorrectionReference.generate(RANDOM);
      CorrectionRequest request =
          CorrectionRequest.identityData(
              membership.get(), ektp, statement, kept, reference, now, today);
      requests.add(request);
      mails.received(request, reference);
    } catch (RuntimeException failed) {
      evidence.discard(kept);
      throw failed;
    }
    return new Received();
  }

  /**
   * The state of the request with this reference, if it is this NIK's.
   *
   * @throws InvalidValueException for a malformed NIK or reference
   */
  public Lookup state(String nik, String reference, String clientAddress) {
    Nik typedNik = Nik.of(nik);
    CorrectionReference typed = CorrectionReference.typed(reference);
    Instant now = clock.instant();
    Optional<Instant> wait = attempts.throttledUntil(clientAddress, typedNik.value(), now);
    if (wait.isPresent()) {
      return new LookupThrottled(wait.get());
    }
    Optional<CorrectionRequest> found =
        requests
            .byReference(typed.hash())
            .filter(r -> r.getParticipant().getNik().equals(typedNik));
    if (found.isEmpty()) {
      attempts.count(clientAddress, typedNik.value(), now);
      return new NotFound();
    }
    return new Found(CorrectionView.of(found.get()));
  }

  private boolean waiting(Long participantId) {
    return requests
        .latest(participantId, CorrectionKind.IDENTITY_DATA)
        .filter(r -> r.getState() == CorrectionState.SUBMITTED)
        .isPresent();
  }
}
