package id.jht.portal.interfaces.web.admin;

import id.jht.portal.application.admin.AdminAccessDeniedException;
import id.jht.portal.application.admin.BranchAdministration;
import id.jht.portal.application.admin.BranchRow;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.interfaces.web.staff.ClientAddressHolder;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The branch list ({@code /admin/branches.xhtml}): filter, open, activate and deactivate. */
@Named
@ViewScoped
public class BranchesBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject BranchAdministration branches;
  @Inject ClientAddressHolder clientAddress;
  @Inject FacesMessages messages;

  private String text;
  private String status = "";
  private List<BranchRow> rows = List.of();

  public void load() {
    try {
      search();
    } catch (AdminAccessDeniedException denied) {
      AdminFaces.forbidden();
    }
  }

  public void search() {
    Boolean active = status.isEmpty() ? null : Boolean.valueOf("ACTIVE".equals(status));
    rows = branches.branches(text, active, clientAddress.get());
  }

  public void setActive(long id, boolean active) {
    try {
      branches.setActive(id, active, clientAddress.get());
      messages.info(null, active ? "admin.branch.activated" : "admin.branch.deactivated");
    } catch (ValidationFailedException rejected) {
      AdminFaces.show(messages, "branches", rejected, java.util.Map.of("branch", ""));
    } catch (AdminAccessDeniedException denied) {
      messages.error(null, "error.forbidden.text");
    }
    search();
  }

  public String zoneLabel(String zoneId) {
    return FacesMessages.zoneLabel(java.time.ZoneId.of(zoneId));
  }

  public List<BranchRow> getRows() {
    return rows;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null ? "" : status;
  }
}
