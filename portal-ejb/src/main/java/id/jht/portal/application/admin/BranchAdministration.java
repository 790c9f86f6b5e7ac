package id.jht.portal.application.admin;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.application.schedule.WorkingDays;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.branch.ServiceSession;
import id.jht.portal.domain.shared.Message;
import id.jht.portal.infrastructure.time.PortalClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Branch offices, their daily sessions with default quotas, and quota overrides per date and
 * session. Administrators only; every change is audited with what it was before.
 *
 * <p>A quota override is decided under the lock of the session's {@code queue_counter} row, the
 * lock the allocator takes before it issues a number, so "quota not below the numbers issued" is
 * checked against a count no booking can change meanwhile.
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
  @Inject PortalClock clock;

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

  /** The branch's quota overrides from {@code from} on, by date and session. */
  public List<QuotaOverrideRow> overrides(long branchId, LocalDate from, String clientAddress) {
    access.administrator(clientAddress);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT q.id, q.service_date, q.session_code, q.quota, s.default_quota,"
                    + " COALESCE(c.issued, 0) FROM quota_override q"
                    + " JOIN service_session s ON s.branch_id = q.branch_id"
                    + "   AND s.session_code = q.session_code"
                    + " LEFT JOIN queue_counter c ON c.branch_id = q.branch_id"
                    + "   AND c.service_date = q.service_date AND c.session_code = q.session_code"
                    + " WHERE q.branch_id = ?1 AND q.service_date >= ?2"
                    + " ORDER BY q.service_date, q.session_code")
            .setParameter(1, branchId)
            .setParameter(2, from)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new QuotaOverrideRow(
                    ((Number) r[0]).longValue(),
                    SqlValues.date(r[1]),
                    r[2].toString().trim(),
                    ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue(),
                    ((Number) r[5]).intValue()))
        .toList();
  }

  /**
   * Sets (or replaces) the quota of one session on one date.
   *
   * @throws ValidationFailedException fields {@code date} (past, weekend or holiday), {@code
   *     session} (unknown), {@code quota} (out of range or below the numbers already issued)
   */
  public void setOverride(
      long branchId, LocalDate date, String sessionCode, Integer quota, String clientAddress) {
    AdminCaller caller = access.administrator(clientAddress);
    BranchOffice branch = existing(branchId);
    ValidationFailedException.Collector errors = new ValidationFailedException.Collector();
    LocalDate today = WorkingDays.today(branch.getZoneId(), clock.now());
    if (date == null) {
      errors.add("date", Message.of("admin.field.required"));
    } else if (date.isBefore(today)) {
      errors.add("date", Message.of("admin.override.past"));
    } else if (!isWorkingDay(date)) {
      errors.add("date", Message.of("admin.override.notWorkingDay"));
    }
    String code = sessionCode == null ? "" : sessionCode.strip().toUpperCase(Locale.ROOT);
    if (sessions(branchId, clientAddress).stream().noneMatch(s -> s.code().equals(code))) {
      errors.add("session", Message.of("admin.override.unknownSession"));
    }
    BranchRules.checkQuota(errors, "quota", quota);
    errors.throwIfAny();
    int issued = lockIssued(branchId, date, code);
    if (quota < issued) {
      errors.add("quota", Message.of("admin.override.belowIssued", issued));
      errors.throwIfAny();
    }
    List<?> existing =
        em.createNativeQuery(
                "SELECT id FROM quota_override WHERE branch_id = ?1 AND service_date = ?2"
                    + " AND session_code = ?3")
            .setParameter(1, branchId)
            .setParameter(2, date)
            .setParameter(3, code)
            .getResultList();
    if (existing.isEmpty()) {
      em.createNativeQuery(
              "INSERT INTO quota_override (branch_id, service_date, session_code, quota)"
                  + " VALUES (?1, ?2, ?3, ?4)")
          .setParameter(1, branchId)
          .setParameter(2, date)
          .setParameter(3, code)
          .setParameter(4, quota)
          .executeUpdate();
    } else {
      em.createNativeQuery("UPDATE quota_override SET quota = ?1 WHERE id = ?2")
          .setParameter(1, quota)
          .setParameter(2, ((Number) existing.get(0)).longValue())
          .executeUpdate();
    }
    audit.record(
        caller.actor(),
        "QUOTA_OVERRIDE_SET",
        "BRANCH",
        branchId,
        branch.getCode()
            + " "
            + date
            + " "
            + code
            + " quota "
            + quota
            + " (issued "
            + issued
            + ")");
  }

  /** Removes an override: the session's default quota applies again on that date. */
  public void removeOverride(long overrideId, String clientAddress) {
    AdminCaller caller = access.administrator(clientAddress);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT branch_id, service_date, session_code, quota FROM quota_override"
                    + " WHERE id = ?1")
            .setParameter(1, overrideId)
            .getResultList();
    if (rows.isEmpty()) {
      return;
    }
    Object[] row = rows.get(0);
    em.createNativeQuery("DELETE FROM quota_override WHERE id = ?1")
        .setParameter(1, overrideId)
        .executeUpdate();
    audit.record(
        caller.actor(),
        "QUOTA_OVERRIDE_REMOVE",
        "BRANCH",
        ((Number) row[0]).longValue(),
        SqlValues.date(row[1]) + " " + row[2].toString().trim() + " quota was " + row[3]);
  }

  /** Takes the allocator's lock on the session's counter (when one exists) and reads it. */
  private int lockIssued(long branchId, LocalDate date, String sessionCode) {
    List<?> issued =
        em.createNativeQuery(
                "SELECT issued FROM queue_counter WHERE branch_id = ?1 AND service_date = ?2"
                    + " AND session_code = ?3 FOR UPDATE")
            .setParameter(1, branchId)
            .setParameter(2, date)
            .setParameter(3, sessionCode)
            .getResultList();
    return issued.isEmpty() ? 0 : ((Number) issued.get(0)).intValue();
  }

  private boolean isWorkingDay(LocalDate date) {
    List<?> holidays =
        em.createNativeQuery("SELECT id FROM holiday WHERE holiday_date = ?1")
            .setParameter(1, date)
            .getResultList();
    return new WorkingDays(holidays.isEmpty() ? List.of() : List.of(date)).isWorkingDay(date);
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
