package id.jht.portal.application.admin;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.application.schedule.WorkingDays;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.branch.BranchOffices;
import id.jht.portal.domain.model.branch.HolidayCalendar;
import id.jht.portal.domain.model.branch.QuotaOverride;
import id.jht.portal.domain.model.branch.QuotaOverrides;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Quotas that replace a session's default on one date. Administrators only; every change is
 * audited.
 *
 * <p>An override is decided under the lock of the session's counter row ({@link
 * QuotaOverrides#lockIssued}), the lock the allocator takes before it issues a number, so "quota
 * not below the numbers issued" is checked against a count no booking can change meanwhile.
 */
@Stateless
public class QuotaOverrideAdministration {

  @Inject AdminAccess access;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject SessionAdministration sessions;
  @Inject BranchOffices offices;
  @Inject QuotaOverrides overrides;
  @Inject HolidayCalendar holidays;

  /** The branch's quota overrides from {@code from} on, by date and session. */
  public List<QuotaOverrideRow> overrides(long branchId, LocalDate from, String clientAddress) {
    access.administrator(clientAddress);
    return overrides.from(branchId, from).stream()
        .map(
            o ->
                new QuotaOverrideRow(
                    o.id(), o.date(), o.sessionCode(), o.quota(), o.defaultQuota(), o.issued()))
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
    BranchOffice branch = BranchAdministration.found(offices.find(branchId), "branch");
    ValidationFailedException.Collector errors = new ValidationFailedException.Collector();
    LocalDate today = WorkingDays.today(branch.getZoneId(), clock.instant());
    if (date == null) {
      errors.add("date", Message.of("admin.field.required"));
    } else if (date.isBefore(today)) {
      errors.add("date", Message.of("admin.override.past"));
    } else if (!isWorkingDay(date)) {
      errors.add("date", Message.of("admin.override.notWorkingDay"));
    }
    String code = sessionCode == null ? "" : sessionCode.strip().toUpperCase(Locale.ROOT);
    if (sessions.sessions(branchId, clientAddress).stream().noneMatch(s -> s.code().equals(code))) {
      errors.add("session", Message.of("admin.override.unknownSession"));
    }
    BranchRules.checkQuota(errors, "quota", quota);
    errors.throwIfAny();
    int issued = overrides.lockIssued(branchId, date, code);
    if (quota < issued) {
      errors.add("quota", Message.of("admin.override.belowIssued", issued));
      errors.throwIfAny();
    }
    overrides.put(branchId, date, code, quota);
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
    QuotaOverride removed = overrides.find(overrideId).orElse(null);
    if (removed == null) {
      return;
    }
    overrides.remove(overrideId);
    audit.record(
        caller.actor(),
        "QUOTA_OVERRIDE_REMOVE",
        "BRANCH",
        removed.branchId(),
        removed.date() + " " + removed.sessionCode() + " quota was " + removed.quota());
  }

  private boolean isWorkingDay(LocalDate date) {
    return new WorkingDays(holidays.isHoliday(date) ? List.of(date) : List.of()).isWorkingDay(date);
  }
}
