package id.jht.portal.infrastructure.persistence.branch;

import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.branch.BranchOffices;
import id.jht.portal.domain.model.branch.ServiceSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The branch offices over JPA. */
@ApplicationScoped
public class JpaBranchOffices implements BranchOffices {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

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
  public Optional<ServiceSession> session(long branchId, String sessionCode) {
    return em.createQuery(
            "SELECT s FROM ServiceSession s WHERE s.branch.id = :b AND s.code = :c",
            ServiceSession.class)
        .setParameter("b", branchId)
        .setParameter("c", sessionCode)
        .getResultStream()
        .findFirst();
  }
}
