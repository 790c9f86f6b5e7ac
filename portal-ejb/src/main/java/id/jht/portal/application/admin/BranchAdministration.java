package id.jht.portal.application.admin;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.domain.model.branch.BranchDetails;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.branch.BranchOffices;
import id.jht.portal.domain.model.branch.ServiceSession;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Branch offices: their list, their details and whether they take bookings (their daily sessions
 * are {@link SessionAdministration}'s, quota overrides per date {@link
 * QuotaOverrideAdministration}'s). Administrators only; every change is audited with what it was
 * before.
 */
@Stateless
public class BranchAdministration {

  /** The default sessions of a new branch, in the branch's local time. */
  static final String[][] DEFAULT_SESSIONS = {
    {"A", "08:00", "10:00"}, {"B", "10:00", "12:00"}, {"C", "13:00", "15:00"}
  };

  @Inject BranchOffices offices;
  @Inject AdminAccess access;
  @Inject AuditTrail audit;

  /**
   * Branches whose code, name, city or province contains {@code text} (any case), by code.
   *
   * @param active null for all, else only active or only inactive branches
   */
  public List<BranchRow> branches(String text, Boolean active, String clientAddress) {
    access.administrator(clientAddress);
    return offices.search(text, active).stream().map(BranchAdministration::row).toList();
  }

  public Optional<BranchRow> branch(long id, String clientAddress) {
    access.administrator(clientAddress);
    return offices.find(id).map(BranchAdministration::row);
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
    if (offices.findByCode(code).isPresent()) {
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
    offices.add(
        branch,
        Arrays.stream(DEFAULT_SESSIONS)
            .map(
                s ->
                    new ServiceSession(
                        branch, s[0], LocalTime.parse(s[1]), LocalTime.parse(s[2]), defaultQuota))
            .toList());
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
    BranchDetails details = form.details();
    offices.changeDetails(id, details);
    audit.record(
        caller.actor(),
        "BRANCH_UPDATE",
        "BRANCH",
        id,
        "before: " + before + "; after: " + details.summary());
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

  private BranchOffice existing(long id) {
    return found(offices.find(id), "branch");
  }

  static Message notFound() {
    return Message.of("admin.notFound");
  }

  /** The record looked up, or a failure on the field that named it (gone, or never there). */
  static <T> T found(Optional<T> record, String field) {
    return record.orElseThrow(() -> ValidationFailedException.on(field, notFound()));
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
