package id.jht.portal.interfaces.rest.v1;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim the calling channel holds. */
@Schema(name = "ChannelClaimRequest")
public class ChannelClaimRequest {

  @Schema(description = "NIK, 16 digits", example = "3173014507900002", required = true)
  private String nik;

  @Schema(description = "KPJ, 11 digits", example = "24017382915", required = true)
  private String kpj;

  @Schema(description = "The person's name, for the name check", example = "Siti Rahmawati")
  private String fullName;

  @Schema(description = "Branch office code handling it", example = "JSL", required = true)
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
      example = "SUBMITTED",
      required = true)
  private String status;

  public String getNik() {
    return nik;
  }

  public void setNik(String nik) {
    this.nik = nik;
  }

  public String getKpj() {
    return kpj;
  }

  public void setKpj(String kpj) {
    this.kpj = kpj;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

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
