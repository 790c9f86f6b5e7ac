package id.jht.portal.interfaces.web.pending;

import id.jht.portal.domain.model.participant.Nik;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The NIK of a participant known by id. The session keeps ids only (no NIK), while the lock lookup
 * is by NIK, so the number is read back here for the length of one request and never stored.
 */
@RequestScoped
public class ParticipantIdentifiers {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  public Optional<String> nikOf(Long participantId) {
    if (participantId == null) {
      return Optional.empty();
    }
    return em
        .createQuery("SELECT p.nik FROM Participant p WHERE p.id = :id", Nik.class)
        .setParameter("id", participantId)
        .getResultList()
        .stream()
        .map(Nik::value)
        .findFirst();
  }
}
