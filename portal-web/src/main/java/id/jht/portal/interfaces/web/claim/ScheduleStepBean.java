package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.claim.BranchDirectory;
import id.jht.portal.application.claim.ClaimSubmissionService;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.application.schedule.ScheduleService;
import id.jht.portal.application.schedule.SessionAvailability;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Step 5: a branch (searched by city or province, nearest first when the browser shares its
 * position), one of its next ten working days and a session, with the room left in each; full
 * sessions are shown as full, not hidden.
 */
@Named
@RequestScoped
public class ScheduleStepBean extends WizardStep {

  private static final long serialVersionUID = 1L;

  @Inject BranchDirectory branchDirectory;
  @Inject ScheduleService schedule;
  @Inject ClaimSubmissionService submission;

  private List<BranchOffice> allBranches;
  private String search;
  private Double latitude;
  private Double longitude;
  private Long branchId;
  private LocalDate date;
  private String sessionCode;
  private List<LocalDate> days = List.of();
  private List<SessionAvailability> sessions = List.of();

  @Override
  protected int step() {
    return 5;
  }

  @Override
  protected String formId() {
    return "schedule";
  }

  @Override
  protected void onLoad() {
    allBranches = branchDirectory.all();
    // On a post the page keeps no view state: the days and sessions it offered follow from the
    // branch and day the form sent, so they are the ones the posted choice is checked against.
    branchId = posted("branch", Long::valueOf).orElse(draft.branchId());
    date = posted("date", LocalDate::parse).orElse(draft.serviceDate());
    sessionCode = draft.sessionCode();
    refreshDays();
  }

  private static <T> Optional<T> posted(String field, Function<String, T> parse) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.isPostback()) {
      return Optional.empty();
    }
    String text = faces.getExternalContext().getRequestParameterMap().get("schedule:" + field);
    try {
      return text == null || text.isBlank() ? Optional.empty() : Optional.of(parse.apply(text));
    } catch (NumberFormatException | DateTimeParseException malformed) {
      return Optional.empty();
    }
  }

  /** Ajax: a branch was picked (or the search changed): its days and sessions. */
  public void branchChanged() {
    refreshDays();
  }

  public void dateChanged() {
    refreshSessions();
  }

  private void refreshDays() {
    days = branchId == null ? List.of() : schedule.bookableDays(branchId);
    if (date == null || !days.contains(date)) {
      date = days.isEmpty() ? null : days.get(0);
    }
    refreshSessions();
  }

  private void refreshSessions() {
    sessions = branchId == null || date == null ? List.of() : schedule.sessions(branchId, date);
  }

  public String save() {
    try {
      submission.chooseSchedule(
          participant.getClaimId(), participant.getParticipantId(), branchId, date, sessionCode);
      return next();
    } catch (ValidationFailedException rejected) {
      show(rejected);
      refreshSessions();
      return null;
    }
  }

  public List<BranchOffice> getBranches() {
    return BranchDirectory.search(allBranches, search, latitude, longitude);
  }

  public String branchLabel(BranchOffice b) {
    return b.getName() + " (" + b.getCity() + ", " + b.getProvince() + ")";
  }

  public String dayLabel(LocalDate day) {
    return day.format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", messages.locale()));
  }

  public String sessionLabel(SessionAvailability s) {
    String zone =
        allBranches.stream()
            .filter(b -> b.getId().equals(branchId))
            .findFirst()
            .map(b -> FacesMessages.zoneLabel(b.getZoneId()))
            .orElse("");
    String times =
        s.start().format(DateTimeFormatter.ofPattern("HH.mm"))
            + "–"
            + s.end().format(DateTimeFormatter.ofPattern("HH.mm"))
            + " "
            + zone;
    return s.hasRoom()
        ? messages.text("wizard.schedule.session.label", s.code(), times, s.remaining())
        : messages.text("wizard.schedule.session.labelFull", s.code(), times);
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public void setLongitude(Double longitude) {
    this.longitude = longitude;
  }

  public Long getBranchId() {
    return branchId;
  }

  public void setBranchId(Long branchId) {
    this.branchId = branchId;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getSessionCode() {
    return sessionCode;
  }

  public void setSessionCode(String sessionCode) {
    this.sessionCode = sessionCode;
  }

  public List<LocalDate> getDays() {
    return days;
  }

  public List<SessionAvailability> getSessions() {
    return sessions;
  }
}
