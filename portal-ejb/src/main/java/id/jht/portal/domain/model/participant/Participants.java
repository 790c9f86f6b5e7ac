package id.jht.portal.domain.model.participant;

import java.util.Optional;

/** Repository of the registry's participants. */
public interface Participants {

  Optional<Participant> find(Long participantId);

  /** One of the participant's memberships; empty when the card is someone else's. */
  Optional<Membership> membership(Long participantId, Long membershipId);
}
