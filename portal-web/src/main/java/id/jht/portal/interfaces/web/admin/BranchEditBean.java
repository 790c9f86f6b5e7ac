package id.jht.portal.interfaces.web.admin;

import id.jht.portal.application.admin.AdminAccessDeniedException;
import id.jht.portal.application.admin.BranchAdministration;
import id.jht.portal.application.admin.BranchForm;
import id.jht.portal.application.admin.BranchRow;
import id.jht.portal.application.admin.BranchRules;
import id.jht.portal.application.admin.QuotaOverrideAdministration;
import id.jht.portal.application.admin.QuotaOverrideRow;
import id.jht.portal.application.admin.SessionAdministration;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.domain.shared.Message;
import id.jht.portal.infrastructure.time.PortalClock;
import id.jht.portal.interfaces.web.staff.ClientAddressHolder;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One branch ({@code /admin/branch.xhtml?id=12}; without id: a new branch): its details, its
 * sessions with their default quotas, and its quota overrides from today on.
 */
@Named
@ViewScoped
public class BranchEditBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> OVERRIDE_INPUTS =
      Map.of("date", "override-date", "session", "override-session", "quota", "override-quota");

  @Inject BranchAdministration branches;
  @Inject SessionAdministration branchSessions;
  @Inject QuotaOverrideAdministration quotaOverrides;
  @Inject ClientAddressHolder clientAddress;
  @Inject FacesMessages messages;
  @Inject PortalClock clock;

  private Long id;
  private BranchRow branch;
  private String code;
  private String name;
  private String address;
  private String city;
  private String province;
  private String zone = "Asia/Jakarta";
  private String latitude;
  private String longitude;
  private String defaultQuota = "40";
  private List<SessionEdit> sessions = List.of();
  private List<QuotaOverrideRow> overrides = List.of();
  private String overrideDate;
  private String overrideSession;
  private String overrideQuota;
  private boolean unknown;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      branch = branches.branch(id, clientAddress.get()).orElse(null);
      if (branch == null) {
        unknown = true;
        return;
      }
      fill(branch);
      reloadSessionsAndOverrides();
    } catch (AdminAccessDeniedException denied) {
      AdminFaces.forbidden();
    }
  }

  public void save() {
    BigDecimal lat = decimal(latitude);
    BigDecimal lon = decimal(longitude);
    BranchForm form = new BranchForm(code, name, address, city, province, zone, lat, lon);
    try {
      if (branch == null) {
        long created =
            branches.createBranch(form, AdminFaces.integer(defaultQuota), clientAddress.get());
        messages.info(null, "admin.branch.created", BranchRules.normalizeCode(code));
        AdminFaces.redirect("/admin/branch.xhtml?id=" + created);
      } else {
        branches.updateBranch(branch.id(), form, clientAddress.get());
        branch = branches.branch(branch.id(), clientAddress.get()).orElse(branch);
        messages.info(null, "admin.branch.saved");
      }
    } catch (ValidationFailedException rejected) {
      AdminFaces.show(messages, "branch", rejected);
    } catch (AdminAccessDeniedException denied) {
      messages.error(null, "error.forbidden.text");
    }
  }

  public void setActive(boolean active) {
    try {
      branches.setActive(branch.id(), active, clientAddress.get());
      branch = branches.branch(branch.id(), clientAddress.get()).orElse(branch);
      messages.info(null, active ? "admin.branch.activated" : "admin.branch.deactivated");
    } catch (AdminAccessDeniedException denied) {
      messages.error(null, "error.forbidden.text");
    }
  }

  public void saveSession(SessionEdit session) {
    try {
      branchSessions.updateSession(
          session.getId(),
          AdminFaces.time(session.getStart()),
          AdminFaces.time(session.getEnd()),
          AdminFaces.integer(session.getQuota()),
          clientAddress.get());
      messages.info(null, "admin.session.saved", session.getCode());
      reloadSessionsAndOverrides();
    } catch (ValidationFailedException rejected) {
      for (ValidationFailedException.FieldError error : rejected.errors()) {
        messages.error(
            null, "admin.session.rowError", session.getCode(), messages.text(error.message()));
      }
    } catch (AdminAccessDeniedException denied) {
      messages.error(null, "error.forbidden.text");
    }
  }

  public void addOverride() {
    LocalDate date = AdminFaces.date(overrideDate);
    try {
      if (AdminFaces.unreadable(overrideDate, date)) {
        throw ValidationFailedException.on("date", Message.of("admin.field.dateFormat"));
      }
      quotaOverrides.setOverride(
          branch.id(),
          date,
          overrideSession,
          AdminFaces.integer(overrideQuota),
          clientAddress.get());
      messages.info(null, "admin.override.saved", date, overrideSession);
      overrideDate = null;
      overrideQuota = null;
      reloadSessionsAndOverrides();
    } catch (ValidationFailedException rejected) {
      AdminFaces.show(messages, "overrides", rejected, OVERRIDE_INPUTS);
    } catch (AdminAccessDeniedException denied) {
      messages.error(null, "error.forbidden.text");
    }
  }

  public void removeOverride(long overrideId) {
    try {
      quotaOverrides.removeOverride(overrideId, clientAddress.get());
      messages.info(null, "admin.override.removed");
      reloadSessionsAndOverrides();
    } catch (AdminAccessDeniedException denied) {
      messages.error(null, "error.forbidden.text");
    }
  }

  private void reloadSessionsAndOverrides() {
    sessions =
        branchSessions.sessions(branch.id(), clientAddress.get()).stream()
            .map(SessionEdit::new)
            .toList();
    LocalDate today = clock.today(ZoneId.of(branch.zone()));
    overrides = quotaOverrides.overrides(branch.id(), today, clientAddress.get());
  }

  private void fill(BranchRow b) {
    code = b.code();
    name = b.name();
    address = b.address();
    city = b.city();
    province = b.province();
    zone = b.zone();
    latitude = b.latitude() == null ? "" : b.latitude().toPlainString();
    longitude = b.longitude() == null ? "" : b.longitude().toPlainString();
  }

  private static BigDecimal decimal(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public String formattedDate(LocalDate date) {
    return String.valueOf(messages.format(date));
  }

  public List<String> getZones() {
    return List.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");
  }

  public String zoneLabel(String zoneId) {
    return FacesMessages.zoneLabel(ZoneId.of(zoneId));
  }

  public boolean isNew() {
    return branch == null;
  }

  public BranchRow getBranch() {
    return branch;
  }

  public boolean isUnknown() {
    return unknown;
  }

  public List<SessionEdit> getSessions() {
    return sessions;
  }

  public List<QuotaOverrideRow> getOverrides() {
    return overrides;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public String getLatitude() {
    return latitude;
  }

  public void setLatitude(String latitude) {
    this.latitude = latitude;
  }

  public String getLongitude() {
    return longitude;
  }

  public void setLongitude(String longitude) {
    this.longitude = longitude;
  }

  public String getDefaultQuota() {
    return defaultQuota;
  }

  public void setDefaultQuota(String defaultQuota) {
    this.defaultQuota = defaultQuota;
  }

  public String getOverrideDate() {
    return overrideDate;
  }

  public void setOverrideDate(String overrideDate) {
    this.overrideDate = overrideDate;
  }

  public String getOverrideSession() {
    return overrideSession;
  }

  public void setOverrideSession(String overrideSession) {
    this.overrideSession = overrideSession;
  }

  public String getOverrideQuota() {
    return overrideQuota;
  }

  public void setOverrideQuota(String overrideQuota) {
    this.overrideQuota = overrideQuota;
  }
}
