package id.jht.portal.infrastructure.persistence.branch;

import id.jht.portal.domain.model.branch.BranchDetails;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.branch.BranchOffices;
import id.jht.portal.domain.model.branch.ServiceSession;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The branch offices over JPA. */
@ApplicationScoped
public class JpaBranchOffices extends JpaRepository implements BranchOffices {

  @Override
  public Optional<BranchOffice> find(long branchId) {
    return Optional.ofNullable(em.find(BranchOffice.class, branchId));
  }

  @Override
  public List<BranchOffice> active() {
    return em.createQuery(
            "SELECT b FROM BranchOffice b WHERE b.active = TRUE ORDER BY b.province, b.city, b.name",
            BranchOffice.class)
        .getResultList();
  }

  @Override
  public List<BranchOffice> search(String text, Boolean active) {
    String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
    String status = active == null ? "" : " AND b.active = :active";
    var query =
        em.createQuery(
                "SELECT b FROM BranchOffice b WHERE (LOWER(b.code) LIKE :t OR LOWER(b.name) LIKE :t"
                    + " OR LOWER(b.city) LIKE :t OR LOWER(b.province) LIKE :t)"
                    + status
                    + " ORDER BY b.code",
                BranchOffice.class)
            .setParameter("t", like);
    if (active != null) {
      query.setParameter("active", active);
    }
    return query.getResultList();
  }

  @Override
  public Optional<BranchOffice> findByCode(String code) {
    return em.createQuery("SELECT b FROM BranchOffice b WHERE b.code = :c", BranchOffice.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(BranchOffice branch, List<ServiceSession> sessions) {
    em.persist(branch);
    sessions.forEach(em::persist);
    em.flush();
  }

  @Override
  public void changeDetails(long branchId, BranchDetails details) {
    // One statement for every column (the entity has no setter for the position); the entity is
    // not touched afterwards, so its version check cannot clash with this update.
    em.createNativeQuery(
            "UPDATE branch_office SET name = ?1, address = ?2, city = ?3, province = ?4,"
                + " time_zone = ?5, latitude = ?6, longitude = ?7, version = version + 1"
                + " WHERE id = ?8")
        .setParameter(1, details.name())
        .setParameter(2, details.address())
        .setParameter(3, details.city())
        .setParameter(4, details.province())
        .setParameter(5, details.zone())
        .setParameter(6, details.latitude())
        .setParameter(7, details.longitude())
        .setParameter(8, branchId)
        .executeUpdate();
  }
}
