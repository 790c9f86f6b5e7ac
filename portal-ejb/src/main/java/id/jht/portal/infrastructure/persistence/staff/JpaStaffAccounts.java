package id.jht.portal.infrastructure.persistence.staff;

import id.jht.portal.domain.model.staff.StaffAccount;
import id.jht.portal.domain.model.staff.StaffAccounts;
import id.jht.portal.domain.model.staff.StaffRole;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The staff accounts over JPA. */
@ApplicationScoped
public class JpaStaffAccounts extends JpaRepository implements StaffAccounts {

  @Override
  public List<StaffAccount> search(String text) {
    String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
    return em.createQuery(
            "SELECT s FROM StaffAccount s LEFT JOIN s.branch b WHERE LOWER(s.username) LIKE :t"
                + " OR LOWER(s.fullName) LIKE :t OR LOWER(b.code) LIKE :t ORDER BY s.username",
            StaffAccount.class)
        .setParameter("t", like)
        .getResultList();
  }

  @Override
  public Optional<StaffAccount> findByUsername(String username) {
    return em.createQuery("SELECT s FROM StaffAccount s WHERE s.username = :u", StaffAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<StaffAccount> lockByUsername(String username) {
    return em.createQuery("SELECT s FROM StaffAccount s WHERE s.username = :u", StaffAccount.class)
        .setParameter("u", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<StaffAccount> lockForChange(long accountId) {
    return Optional.ofNullable(
        em.find(StaffAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public long countActiveAdministrators() {
    return em.createQuery(
            "SELECT COUNT(s) FROM StaffAccount s WHERE s.role = :r AND s.active = TRUE", Long.class)
        .setParameter("r", StaffRole.ADMINISTRATOR)
        .setLockMode(LockModeType.NONE)
        .getSingleResult();
  }

  /** Flushed at once, so the caller can audit the new id in the same transaction. */
  @Override
  public void add(StaffAccount account) {
    em.persist(account);
    em.flush();
  }
}
