package id.jht.portal.application.admin;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.model.participant.Participants;
import id.jht.portal.domain.shared.InvalidValueException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Unlocking participants locked out after repeated failed identity checks. Administrators unlock
 * anyone, supervisors the participants of their own branch (the participant's home branch). Every
 * lookup and every unlock is audited with the NIK masked; the full NIK never leaves this class
 * except as the participant's own data in the database.
 */
@Stateless
public class ParticipantUnlockService {

  @Inject Participants participants;
  @Inject AdminAccess access;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * Looks a participant up by NIK.
   *
   * @return empty when no participant has this NIK
   * @throws InvalidValueException field {@code nik} when the NIK is malformed
   * @throws AdminAccessDeniedException for officers, and for supervisors when the participant
   *     belongs to another branch
   */
  public Optional<ParticipantLockView> find(String nikInput, String clientAddress) {
    AdminCaller caller = access.supervisorOrAdministrator(clientAddress);
    Nik nik = Nik.of(nikInput);
    Optional<Participant> found = participants.findByNik(nik);
    audit.record(
        caller.actor(),
        "PARTICIPANT_LOOKUP",
        "PARTICIPANT",
        found.map(Participant::getId).orElse(null),
        "NIK " + nik.masked() + (found.isPresent() ? "" : " not found"));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    access.requireBranch(caller, found.get().getHomeBranch().getId(), "participant lookup");
    return Optional.of(view(found.get(), clock.instant()));
  }

  /**
   * Lifts the participant's lock and clears the failure count.
   *
   * @return the participant as now, or empty when the id is unknown
   */
  public Optional<ParticipantLockView> unlock(long participantId, String clientAddress) {
    AdminCaller caller = access.supervisorOrAdministrator(clientAddress);
    Participant participant = participants.lockForChange(participantId).orElse(null);
    if (participant == null) {
      return Optional.empty();
    }
    access.requireBranch(caller, participant.getHomeBranch().getId(), "participant unlock");
    Instant lockedUntil = participant.getLockedUntil();
    int failures = participant.getFailedAttempts();
    participant.unlock();
    audit.record(
        caller.actor(),
        "PARTICIPANT_UNLOCK",
        "PARTICIPANT",
        participantId,
        "NIK "
            + participant.getNik().masked()
            + ", was locked until "
            + lockedUntil
            + ", failed attempts "
            + failures);
    return Optional.of(view(participant, clock.instant()));
  }

  private static ParticipantLockView view(Participant p, Instant now) {
    boolean locked = p.isLockedAt(now);
    return new ParticipantLockView(
        p.getId(),
        p.getNik().masked(),
        p.getFullName().value(),
        p.getHomeBranch().getCode(),
        p.getHomeBranch().getName(),
        p.getFailedAttempts(),
        locked,
        locked ? p.getLockedUntil() : null);
  }
}
