package id.jht.portal.interfaces.web.correction;

import id.jht.portal.application.claim.BranchDirectory;
import id.jht.portal.application.correction.CorrectionDecision;
import id.jht.portal.application.correction.CorrectionRequestService;
import id.jht.portal.application.correction.CorrectionView;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.correction.CorrectionKind;
import id.jht.portal.domain.model.staff.StaffRole;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.interfaces.web.staff.ClientAddressHolder;
import id.jht.portal.interfaces.web.staff.CurrentStaff;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The correction requests waiting at the officer's branch ({@code /staff/corrections/list.xhtml}):
 * accept, or refuse with a reason the participant reads. Whether the officer may decide is the
 * service's call (home branch only); it audits and mails each decision.
 */
@Named
@ViewScoped
public class CorrectionListBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "corrections";

  @Inject CorrectionRequestService service;
  @Inject CurrentStaff currentStaff;
  @Inject ClientAddressHolder clientAddress;
  @Inject FacesMessages messages;

  @Inject BranchDirectory branchDirectory;

  private List<CorrectionView> rows = List.of();
  private Long refusing;
  private String refusalReason;
  private Long branchFilter;
  private List<BranchOffice> branches;

  /** Officers: their branch's requests; administrators: every branch's, or the filtered one's. */
  public void load() {
    rows = service.waitingFor(currentStaff.getIdentity(), branchFilter);
  }

  /** Administrators read every branch's list; only the home branch's officers decide. */
  public boolean isAdministrator() {
    return currentStaff.getIdentity().role() == StaffRole.ADMINISTRATOR;
  }

  public boolean mayDecide(CorrectionView row) {
    return !isAdministrator();
  }

  /** The branches of the administrators' filter, by name. */
  public List<BranchOffice> getBranches() {
    if (branches == null) {
      branches =
          branchDirectory.all().stream()
              .sorted(java.util.Comparator.comparing(BranchOffice::getName))
              .toList();
    }
    return branches;
  }

  public Long getBranchFilter() {
    return branchFilter;
  }

  public void setBranchFilter(Long branchFilter) {
    this.branchFilter = branchFilter;
  }

  public void accept(Long id) {
    boolean identity =
        rows.stream().anyMatch(r -> r.id().equals(id) && r.kind() == CorrectionKind.IDENTITY_DATA);
    answer(
        id,
        service.accept(id, currentStaff.getIdentity(), clientAddress.get()),
        identity ? "acceptedIdentity" : "accepted");
  }

  public void startRefusal(Long id) {
    refusing = id;
    refusalReason = null;
  }

  public void abortRefusal() {
    refusing = null;
    refusalReason = null;
  }

  public void confirmRefusal() {
    if (refusing == null) {
      return;
    }
    try {
      Long id = refusing;
      CorrectionDecision decision =
          service.refuse(id, refusalReason, currentStaff.getIdentity(), clientAddress.get());
      abortRefusal();
      answer(id, decision, "refused");
    } catch (InvalidValueException invalid) {
      messages.error(FORM + ":" + invalid.field(), invalid.message());
    }
  }

  private void answer(Long id, CorrectionDecision decision, String done) {
    switch (decision) {
      case DECIDED -> messages.info(null, "correction.staff." + done, id.toString());
      case ALREADY_DECIDED -> messages.warn(null, "correction.staff.alreadyDecided", id.toString());
      case NOT_FOUND, OTHER_BRANCH ->
          messages.error(null, "correction.staff.notFound", id.toString());
    }
    load();
  }

  public String dateTime(java.time.Instant instant) {
    return messages.dateTime(instant, null);
  }

  public String date(java.time.LocalDate date) {
    return date == null ? "" : String.valueOf(messages.format(date));
  }

  public List<CorrectionView> getRows() {
    return rows;
  }

  public Long getRefusing() {
    return refusing;
  }

  public String getRefusalReason() {
    return refusalReason;
  }

  public void setRefusalReason(String refusalReason) {
    this.refusalReason = refusalReason;
  }
}
