package id.jht.portal.interfaces.web.admin;

import id.jht.portal.application.admin.StaffRow;
import java.io.Serializable;

/** One row of the staff list with its role and branch editable in place. */
public class StaffAssignment implements Serializable {

  private static final long serialVersionUID = 1L;

  private final StaffRow account;
  private String role;
  private Long branchId;

  StaffAssignment(StaffRow account) {
    this.account = account;
    this.role = account.role();
    this.branchId = account.branchId();
  }

  public StaffRow getAccount() {
    return account;
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
}
