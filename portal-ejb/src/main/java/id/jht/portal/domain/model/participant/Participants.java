package id.jht.portal.domain.model.participant;

import java.util.Optional;

/** Repository of the registry's participants. */
public interface Participants {

  Optional<Participant> find(Long participantId);
}
