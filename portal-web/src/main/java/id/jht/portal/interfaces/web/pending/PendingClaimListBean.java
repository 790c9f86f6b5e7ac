package id.jht.portal.interfaces.web.pending;

import id.jht.portal.application.pendingclaim.OfficerCancelOutcome;
import id.jht.portal.application.pendingclaim.PendingClaimAccessDeniedException;
import id.jht.portal.application.pendingclaim.PendingClaimService;
import id.jht.portal.application.pendingclaim.PendingClaimView;
import id.jht.portal.application.queue.QueueBoardService;
import id.jht.portal.application.staff.StaffIdentity;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.pendingclaim.PendingClaimStatus;
import id.jht.portal.domain.model.staff.StaffRole;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.interfaces.web.staff.ClientAddressHolder;
import id.jht.portal.interfaces.web.staff.CurrentStaff;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The officers' list of pending claims ({@code /staff/pending/list.xhtml}): their branch's records
 * (administrators: every branch, with a branch filter), newest first, filtered by status and age,
 * and cancellation with a reason. {@code ?cancel=<id>} opens the cancellation of one record
 * directly; whether the officer may touch it is decided by {@link PendingClaimService}, which
 * refuses another branch's record, audits the cancellation and e-mails the participant.
 */
@Named
@ViewScoped
public class PendingClaimListBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 25;
  private static final String FORM = "pending-list";

  /** The age choices of the filter, in days. */
  private static final List<String> AGES = List.of("1", "3", "7", "12");

  @Inject PendingClaimService service;
  @Inject QueueBoardService branches;
  @Inject CurrentStaff currentStaff;
  @Inject ClientAddressHolder clientAddress;
  @Inject FacesMessages messages;
  @Inject BranchTimes times;

  private String status = PendingClaimStatus.OPEN.name();
  private String minAgeDays = "";
  private String branch = "";
  private int first;
  private List<PendingRow> rows = List.of();
  private boolean hasNext;
  private List<BranchOffice> branchChoices = List.of();
  private String cancelParam;
  private Long selectedId;
  private String cancelReason;

  /** View action: the first page, and the cancellation asked for in the address, if any. */
  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (currentStaff.getIdentity() == null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    if (isAdministrator()) {
      branchChoices = branches.accessibleBranches();
    }
    selectedId = parseId(cancelParam);
    refresh();
  }

  public void applyFilters() {
    first = 0;
    refresh();
  }

  public void nextPage() {
    if (hasNext) {
      first += PAGE_SIZE;
    }
    refresh();
  }

  public void previousPage() {
    first = Math.max(0, first - PAGE_SIZE);
    refresh();
  }

  /** Opens the cancellation form of a record. */
  public void startCancel(Long pendingClaimId) {
    selectedId = pendingClaimId;
    cancelReason = null;
  }

  public void abortCancel() {
    selectedId = null;
    cancelReason = null;
  }

  /** Cancels the selected record with the typed reason. */
  public void confirmCancel() {
    if (selectedId == null) {
      return;
    }
    try {
      OfficerCancelOutcome outcome =
          service.cancelByOfficer(
              selectedId, cancelReason, currentStaff.getIdentity(), clientAddress.get());
      if (outcome == OfficerCancelOutcome.CANCELLED) {
        messages.info(null, "pendingui.staff.cancelled", selectedId.toString());
      } else if (outcome == OfficerCancelOutcome.ALREADY_CLOSED) {
        messages.warn(null, "pendingui.staff.alreadyClosed", selectedId.toString());
      } else {
        messages.error(null, "pendingui.staff.notFound", selectedId.toString());
      }
      abortCancel();
      refresh();
    } catch (InvalidValueException invalid) {
      messages.error(FORM + ":" + invalid.field(), invalid.message());
    } catch (PendingClaimAccessDeniedException denied) {
      messages.error(null, "pendingui.staff.forbidden", selectedId.toString());
      abortCancel();
    }
  }

  private void refresh() {
    StaffIdentity viewer = currentStaff.getIdentity();
    PendingClaimStatus wantedStatus = statusFilter();
    Duration minAge = ageFilter();
    String wantedBranch = isAdministrator() && !branch.isBlank() ? branch : null;
    Predicate<PendingClaimView> keep =
        wantedBranch == null ? null : view -> wantedBranch.equals(view.branchCode());
    FilteredPage<PendingClaimView> page =
        FilteredPage.of(
            (offset, max) -> service.list(viewer, wantedStatus, minAge, offset, max),
            keep,
            first,
            PAGE_SIZE);
    rows = page.rows().stream().map(view -> new PendingRow(view, times, messages)).toList();
    hasNext = page.hasNext();
  }

  // Filters arrive from the browser: anything unknown means "all", never an error page.
  private PendingClaimStatus statusFilter() {
    return Arrays.stream(PendingClaimStatus.values())
        .filter(s -> s.name().equals(status))
        .findFirst()
        .orElse(null);
  }

  private Duration ageFilter() {
    return AGES.contains(minAgeDays) ? Duration.ofDays(Long.parseLong(minAgeDays)) : null;
  }

  private static Long parseId(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public boolean isAdministrator() {
    StaffIdentity who = currentStaff.getIdentity();
    return who != null && who.role() == StaffRole.ADMINISTRATOR;
  }

  /** The row of the record being cancelled, or null when it is not on this page. */
  public PendingRow getSelectedRow() {
    return rows.stream().filter(r -> r.getId().equals(selectedId)).findFirst().orElse(null);
  }

  public boolean isCancelling() {
    return selectedId != null;
  }

  public List<String> getStatuses() {
    return Arrays.stream(PendingClaimStatus.values()).map(Enum::name).toList();
  }

  public List<String> getAges() {
    return AGES;
  }

  /** "at least 3 days old", for the age filter. */
  public String ageLabel(String days) {
    return messages.text("pendingui.staff.ageDays", days);
  }

  public List<PendingRow> getRows() {
    return rows;
  }

  public boolean isHasNext() {
    return hasNext;
  }

  public boolean isHasPrevious() {
    return first > 0;
  }

  public int getFirstShown() {
    return rows.isEmpty() ? 0 : first + 1;
  }

  public int getLastShown() {
    return first + rows.size();
  }

  public List<BranchOffice> getBranchChoices() {
    return branchChoices;
  }

  /** The record number as text: a number argument would be grouped ("1.234"). */
  public String getSelectedNumber() {
    return selectedId == null ? "" : selectedId.toString();
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null ? "" : status;
  }

  public String getMinAgeDays() {
    return minAgeDays;
  }

  public void setMinAgeDays(String minAgeDays) {
    this.minAgeDays = minAgeDays == null ? "" : minAgeDays;
  }

  public String getBranch() {
    return branch;
  }

  public void setBranch(String branch) {
    this.branch = branch == null ? "" : branch;
  }

  public String getCancelParam() {
    return cancelParam;
  }

  public void setCancelParam(String cancelParam) {
    this.cancelParam = cancelParam;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }
}
