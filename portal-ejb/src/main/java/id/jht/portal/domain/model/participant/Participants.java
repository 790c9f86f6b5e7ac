package id.jht.portal.domain.model.participant;

import java.util.List;
import java.util.Optional;

/** Repository of the registry's participants. */
public interface Participants {

  Optional<Participant> find(Long participantId);

  Optional<Participant> findByNik(Nik nik);

  /**
   * The participant, locked for the rest of the transaction: an unlock must not interleave with a
   * failed identity check counting on the same row.
   */
  Optional<Participant> lockForChange(long participantId);

  /** One of the participant's memberships; empty when the card is someone else's. */
  Optional<Membership> membership(Long participantId, Long membershipId);

  /**
   * The membership of this KPJ if it belongs to the participant of this NIK, its participant locked
   * for the rest of the transaction; empty when the pair does not match.
   */
  Optional<Membership> byNikAndKpj(Nik nik, Kpj kpj);

  /** The participant of this NIK, locked for the rest of the transaction. */
  Optional<Participant> lockByNik(Nik nik);

  /** Locks a loaded participant's row for the rest of the transaction. */
  void lock(Participant participant);

  boolean existsWithNik(Nik nik);

  /** The NIKs of the participants holding a membership card with this KPJ. */
  List<Nik> niksHoldingKpj(Kpj kpj);
}
