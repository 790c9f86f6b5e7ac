package id.jht.portal.infrastructure.persistence.branch;

import id.jht.portal.domain.model.branch.Holiday;
import id.jht.portal.domain.model.branch.Holidays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/** The holiday calendar over the {@link Holiday} entity. */
@ApplicationScoped
public class JpaHolidays implements Holidays {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public boolean isHoliday(LocalDate date) {
    return !em.createQuery("SELECT h.id FROM Holiday h WHERE h.date = :d")
        .setParameter("d", date)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
