package id.jht.portal.infrastructure.persistence.branch;

import id.jht.portal.domain.model.branch.ServiceSession;
import id.jht.portal.domain.model.branch.ServiceSessions;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** The service sessions over JPA. */
@ApplicationScoped
public class JpaServiceSessions extends JpaRepository implements ServiceSessions {

  @Override
  public List<ServiceSession> ofBranch(long branchId) {
    return em.createQuery(
            "SELECT s FROM ServiceSession s WHERE s.branch.id = :b ORDER BY s.code",
            ServiceSession.class)
        .setParameter("b", branchId)
        .getResultList();
  }

  @Override
  public Optional<ServiceSession> find(long sessionId) {
    return Optional.ofNullable(em.find(ServiceSession.class, sessionId));
  }

  @Override
  public Optional<ServiceSession> find(long branchId, String sessionCode) {
    return em.createQuery(
            "SELECT s FROM ServiceSession s WHERE s.branch.id = :b AND s.code = :c",
            ServiceSession.class)
        .setParameter("b", branchId)
        .setParameter("c", sessionCode)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void reschedule(long sessionId, LocalTime start, LocalTime end, Integer defaultQuota) {
    // One statement, as for the branch; the entity read before is not written afterwards.
    em.createNativeQuery(
            "UPDATE service_session SET start_time = ?1, end_time = ?2, default_quota = ?3,"
                + " version = version + 1 WHERE id = ?4")
        .setParameter(1, start)
        .setParameter(2, end)
        .setParameter(3, defaultQuota)
        .setParameter(4, sessionId)
        .executeUpdate();
  }
}
