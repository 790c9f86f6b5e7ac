package id.jht.portal.interfaces.rest.v1;

import id.jht.portal.interfaces.form.IdentifierForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim the calling channel holds. */
@Schema(
    name = "ChannelClaimRequest",
    requiredProperties = {"nik", "kpj", "branchCode", "status"})
public class ChannelClaimRequest extends IdentifierForm {

  @Schema(description = "Branch office code handling it", example = "JSL")
  private String branchCode;

  @Schema(
      description = "The claim's status in the channel; the first four block other channels",
      enumeration = {
        "PENDING",
        "SUBMITTED",
        "IN_VERIFICATION",
        "APPROVED",
        "PAID",
        "REJECTED",
        "CANCELLED"
      },
      example = "SUBMITTED")
  private String status;

  public String getBranchCode() {
    return branchCode;
  }

  public void setBranchCode(String branchCode) {
    this.branchCode = branchCode;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
