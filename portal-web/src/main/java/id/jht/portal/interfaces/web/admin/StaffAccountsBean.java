package id.jht.portal.interfaces.web.admin;

import id.jht.portal.application.admin.AdminAccessDeniedException;
import id.jht.portal.application.admin.BranchAdministration;
import id.jht.portal.application.admin.BranchRow;
import id.jht.portal.application.admin.IssuedPassword;
import id.jht.portal.application.admin.NewStaffAccount;
import id.jht.portal.application.admin.StaffAdministration;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.domain.model.staff.StaffRole;
import id.jht.portal.interfaces.web.staff.ClientAddressHolder;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Staff accounts ({@code /admin/staff.xhtml}): list, create, change role and branch, deactivate,
 * reset the password, unlock. A temporary password is shown once: it is dropped from the page at
 * the next action.
 */
@Named
@ViewScoped
public class StaffAccountsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffAdministration staff;
  @Inject BranchAdministration branchAdministration;
  @Inject ClientAddressHolder clientAddress;
  @Inject FacesMessages messages;

  private String text;
  private List<StaffAssignment> rows = List.of();
  private List<BranchRow> branches = List.of();
  private String username;
  private String fullName;
  private String role = StaffRole.OFFICER.name();
  private Long branchId;
  private String email;
  // Shown once, never replicated: a secret stays on the node that made it (after a failover the
  // page simply no longer shows it, and the administrator issues a new one).
  private transient IssuedPassword issued;

  public void load() {
    try {
      branches = branchAdministration.branches(null, null, clientAddress.get());
      search();
    } catch (AdminAccessDeniedException denied) {
      AdminFaces.forbidden();
    }
  }

  public void search() {
    issued = null;
    reload();
  }

  public void create() {
    issued = null;
    try {
      issued =
          staff.create(
              new NewStaffAccount(username, fullName, role, branchId, email), clientAddress.get());
      messages.info(null, "admin.staff.created", issued.username());
      username = null;
      fullName = null;
      email = null;
      reload();
    } catch (ValidationFailedException rejected) {
      AdminFaces.show(messages, "create", rejected);
    } catch (AdminAccessDeniedException denied) {
      messages.error(null, "error.forbidden.text");
    }
  }

  public void saveAssignment(StaffAssignment row) {
    act(
        () -> {
          staff.changeAssignment(
              row.getAccount().id(), row.getRole(), row.getBranchId(), clientAddress.get());
          messages.info(null, "admin.staff.assigned", row.getAccount().username());
        });
  }

  public void setActive(StaffAssignment row, boolean active) {
    act(
        () -> {
          staff.setActive(row.getAccount().id(), active, clientAddress.get());
          messages.info(
              null,
              active ? "admin.staff.activated" : "admin.staff.deactivated",
              row.getAccount().username());
        });
  }

  public void resetPassword(StaffAssignment row) {
    act(
        () -> {
          issued = staff.resetPassword(row.getAccount().id(), clientAddress.get());
          messages.info(null, "admin.staff.passwordReset", row.getAccount().username());
        });
  }

  public void unlock(StaffAssignment row) {
    act(
        () -> {
          staff.unlock(row.getAccount().id(), clientAddress.get());
          messages.info(null, "admin.staff.unlocked", row.getAccount().username());
        });
  }

  private void act(Runnable action) {
    issued = null;
    try {
      action.run();
    } catch (ValidationFailedException rejected) {
      for (ValidationFailedException.FieldError error : rejected.errors()) {
        messages.error(null, error.message());
      }
    } catch (AdminAccessDeniedException denied) {
      messages.error(null, "error.forbidden.text");
    }
    reload();
  }

  private void reload() {
    rows = staff.accounts(text, clientAddress.get()).stream().map(StaffAssignment::new).toList();
  }

  public List<String> getRoles() {
    return Arrays.stream(StaffRole.values()).map(Enum::name).toList();
  }

  public List<StaffAssignment> getRows() {
    return rows;
  }

  public List<BranchRow> getBranches() {
    return branches;
  }

  public IssuedPassword getIssued() {
    return issued;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public Long getBranchId() {
    return branchId;
  }

  public void setBranchId(Long branchId) {
    this.branchId = branchId;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
