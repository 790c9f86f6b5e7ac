package id.jht.portal.infrastructure.persistence.participant;

import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Membership;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.model.participant.Participants;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** The participants over JPA. */
@ApplicationScoped
public class JpaParticipants extends JpaRepository implements Participants {

  @Override
  public Optional<Participant> find(Long participantId) {
    return participantId == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(Participant.class, participantId));
  }

  @Override
  public Optional<Participant> findByNik(Nik nik) {
    return em.createQuery("SELECT p FROM Participant p WHERE p.nik = :n", Participant.class)
        .setParameter("n", nik)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Participant> lockForChange(long participantId) {
    return Optional.ofNullable(
        em.find(Participant.class, participantId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Membership> membership(Long participantId, Long membershipId) {
    if (participantId == null || membershipId == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(Membership.class, membershipId))
        .filter(m -> m.getParticipant().getId().equals(participantId));
  }

  @Override
  public Optional<Membership> byNikAndKpj(Nik nik, Kpj kpj) {
    Optional<Participant> participant =
        em.createQuery("SELECT p FROM Participant p WHERE p.nik = :nik", Participant.class)
            .setParameter("nik", nik)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    return participant.flatMap(
        p -> p.getMemberships().stream().filter(m -> m.getKpj().equals(kpj)).findFirst());
  }

  @Override
  public Optional<Participant> lockByNik(Nik nik) {
    return em.createQuery("SELECT p FROM Participant p WHERE p.nik = :nik", Participant.class)
        .setParameter("nik", nik)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void lock(Participant participant) {
    em.lock(participant, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public boolean existsWithNik(Nik nik) {
    return em.createQuery("SELECT COUNT(p) FROM Participant p WHERE p.nik = :nik", Long.class)
            .setParameter("nik", nik)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<Nik> niksHoldingKpj(Kpj kpj) {
    return em.createQuery(
            "SELECT m.participant.nik FROM Membership m WHERE m.kpj = :kpj", Nik.class)
        .setParameter("kpj", kpj)
        .getResultList();
  }
}
