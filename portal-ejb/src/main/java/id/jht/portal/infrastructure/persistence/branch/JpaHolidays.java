package id.jht.portal.infrastructure.persistence.branch;

import id.jht.portal.domain.model.branch.Holiday;
import id.jht.portal.domain.model.branch.Holidays;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The holiday calendar over the {@link Holiday} entity. */
@ApplicationScoped
public class JpaHolidays extends JpaRepository implements Holidays {

  @Override
  public List<Holiday> between(LocalDate from, LocalDate to) {
    return em.createQuery(
            "SELECT h FROM Holiday h WHERE h.date BETWEEN :from AND :to ORDER BY h.date",
            Holiday.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public Optional<Holiday> find(long holidayId) {
    return Optional.ofNullable(em.find(Holiday.class, holidayId));
  }

  /** Flushed at once, so the caller can audit the new id in the same transaction. */
  @Override
  public void add(Holiday holiday) {
    em.persist(holiday);
    em.flush();
  }

  @Override
  public void remove(Holiday holiday) {
    em.remove(holiday);
  }
}
