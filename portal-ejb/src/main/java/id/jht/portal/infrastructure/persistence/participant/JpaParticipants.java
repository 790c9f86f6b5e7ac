package id.jht.portal.infrastructure.persistence.participant;

import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.model.participant.Participants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The participants over JPA. */
@ApplicationScoped
public class JpaParticipants implements Participants {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public Optional<Participant> find(Long participantId) {
    return participantId == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(Participant.class, participantId));
  }
}
