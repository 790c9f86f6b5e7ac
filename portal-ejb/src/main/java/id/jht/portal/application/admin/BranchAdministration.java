package id.jht.portal.application.admin;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.branch.ServiceSession;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Branch offices and their daily sessions with default quotas (quota overrides per date are {@link
 * QuotaOverrideAdministration}'s). Administrators only; every change is audited with what it was
 * before.
 */
@Stateless
public class BranchAdministration {

  /** The default sessions of a new branch, in the branch's local time. */
  static final String[][] DEFAULT_SESSIONS = {
    {"A", "08:00", "10:00"}, {"B", "10:00", "12:00"}, {"C", "13:00", "15:00"}
  };

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject AdminAccess access;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * Branches whose code, name, city or province contains {@code text} (any case), by code.
   *
   * @param active null for all, else only active or only inactive branches
   */
  public List<BranchRow> branches(String text, Boolean active, String clientAddress) {
    access.administrator(clientAddress);
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
    return query.getResultList().stream().map(BranchAdministration::row).toList();
  }

  public Optional<BranchRow> branch(long id, String clientAddress) {
    access.administrator(clientAddress);
    return Optional.ofNullable(em.find(BranchOffice.class, id)).map(BranchAdministration::row);
  }

  public List<SessionRow> sessions(long branchId, String clientAddress) {
    access.administrator(clientAddress);
    return em
        .createQuery(
            "SELECT s FROM ServiceSession s WHERE s.branch.id = :b ORDER BY s.code",
            ServiceSession.class)
        .setParameter("b", branchId)
        .getResultList()
        .stream()
        .map(
            s ->
                new SessionRow(
                    s.getId(), s.getCode().trim(), s.getStart(), s.getEnd(), s.getDefaultQuota()))
        .toList();
  }

  /**
   * Opens a branch with the three default sessions (A 08:00-10:00, B 10:00-12:00, C 13:00-15:00).
   *
   * @return the new branch's id
   * @throws ValidationFailedException when a field is wrong or the code is taken
   */
  public long createBranch(BranchForm form, Integer defaultQuota, String clientAddress) {
    AdminCaller caller = access.administrator(clientAddress);
    BranchRules.check(form, true);
    ValidationFailedException.Collector errors = new ValidationFailedException.Collector();
    BranchRules.checkQuota(errors, "defaultQuota", defaultQuota);
    String code = BranchRules.normalizeCode(form.code());
    if (findByCode(code).isPresent()) {
      errors.add("code", Message.of("admin.branch.codeTaken", code));
    }
    errors.throwIfAny();
    BranchOffice branch =
        new BranchOffice(
            code,
            form.name().strip(),
            form.address().strip(),
            form.city().strip(),
            form.province().strip(),
            ZoneId.of(form.zone()),
            form.latitude(),
            form.longitude());
    em.persist(branch);
    for (String[] s : DEFAULT_SESSIONS) {
      em.persist(
          new ServiceSession(
              branch, s[0], LocalTime.parse(s[1]), LocalTime.parse(s[2]), defaultQuota));
    }
    em.flush();
    audit.record(
        caller.actor(),
        "BRANCH_CREATE",
        "BRANCH",
        branch.getId(),
        code + " " + branch.getName() + ", default quota " + defaultQuota);
    return branch.getId();
  }

  /** Changes a branch's name, address, place, zone and position (never its code). */
  public void updateBranch(long id, BranchForm form, String clientAddress) {
    AdminCaller caller = access.administrator(clientAddress);
    BranchOffice branch = existing(id);
    BranchRules.check(form, false);
    String before = describe(branch);
    // One statement for every column (the entity has no setter for the position); the entity is
    // not touched afterwards, so its version check cannot clash with this update.
    em.createNativeQuery(
            "UPDATE branch_office SET name = ?1, address = ?2, city = ?3, province = ?4,"
                + " time_zone = ?5, latitude = ?6, longitude = ?7, version = version + 1"
                + " WHERE id = ?8")
        .setParameter(1, form.name().strip())
        .setParameter(2, form.address().strip())
        .setParameter(3, form.city().strip())
        .setParameter(4, form.province().strip())
        .setParameter(5, form.zone())
        .setParameter(6, form.latitude())
        .setParameter(7, form.longitude())
        .setParameter(8, id)
        .executeUpdate();
    String after =
        form.name().strip()
            + " | "
            + form.address().strip()
            + " | "
            + form.city().strip()
            + " | "
            + form.province().strip()
            + " | "
            + form.zone();
    audit.record(
        caller.actor(), "BRANCH_UPDATE", "BRANCH", id, "before: " + before + "; after: " + after);
  }

  /**
   * Opens or closes a branch for new bookings. Existing tickets stay valid: the queue board still
   * serves them.
   */
  public void setActive(long id, boolean active, String clientAddress) {
    AdminCaller caller = access.administrator(clientAddress);
    BranchOffice branch = existing(id);
    if (branch.isActive() != active) {
      branch.setActive(active);
      audit.record(
          caller.actor(),
          active ? "BRANCH_ACTIVATE" : "BRANCH_DEACTIVATE",
          "BRANCH",
          id,
          branch.getCode());
    }
  }

  /** Changes a session's times and default quota. */
  public void updateSession(
      long sessionId, LocalTime start, LocalTime end, Integer defaultQuota, String clientAddress) {
    AdminCaller caller = access.administrator(clientAddress);
    ServiceSession session = em.find(ServiceSession.class, sessionId);
    if (session == null) {
      throw new ValidationFailedException(
          List.of(new ValidationFailedException.FieldError("session", notFound())));
    }
    BranchRules.checkSession(start, end, defaultQuota);
    String before =
        session.getStart() + "-" + session.getEnd() + " quota " + session.getDefaultQuota();
    em.createNativeQuery(
            "UPDATE service_session SET start_time = ?1, end_time = ?2, default_quota = ?3,"
                + " version = version + 1 WHERE id = ?4")
        .setParameter(1, start)
        .setParameter(2, end)
        .setParameter(3, defaultQuota)
        .setParameter(4, sessionId)
        .executeUpdate();
    audit.record(
        caller.actor(),
        "SESSION_UPDATE",
        "SESSION",
        sessionId,
        session.getBranch().getCode()
            + " "
            + session.getCode().trim()
            + " before: "
            + before
            + "; after: "
            + start
            + "-"
            + end
            + " quota "
            + defaultQuota);
  }

  private Optional<BranchOffice> findByCode(String code) {
    return em.createQuery("SELECT b FROM BranchOffice b WHERE b.code = :c", BranchOffice.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  private BranchOffice existing(long id) {
    BranchOffice branch = em.find(BranchOffice.class, id);
    if (branch == null) {
      throw new ValidationFailedException(
          List.of(new ValidationFailedException.FieldError("branch", notFound())));
    }
    return branch;
  }

  private static Message notFound() {
    return Message.of("admin.notFound");
  }

  private static String describe(BranchOffice b) {
    return b.getName()
        + " | "
        + b.getAddress()
        + " | "
        + b.getCity()
        + " | "
        + b.getProvince()
        + " | "
        + b.getZoneId().getId();
  }

  static BranchRow row(BranchOffice b) {
    return new BranchRow(
        b.getId(),
        b.getCode(),
        b.getName(),
        b.getAddress(),
        b.getCity(),
        b.getProvince(),
        b.getZoneId().getId(),
        b.getLatitude(),
        b.getLongitude(),
        b.isActive());
  }
}
