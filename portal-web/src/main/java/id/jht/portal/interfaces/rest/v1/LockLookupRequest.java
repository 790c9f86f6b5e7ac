package id.jht.portal.interfaces.rest.v1;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who to look up. In the body, never in the URL. */
@Schema(name = "LockLookupRequest")
public class LockLookupRequest {

  @Schema(
      description = "NIK, 16 digits",
      example = "3173014507900002",
      required = true,
      minLength = 16,
      maxLength = 16)
  private String nik;

  @Schema(
      description = "KPJ, 11 digits; when given, only claims on this membership card count",
      example = "24017382915",
      minLength = 11,
      maxLength = 11)
  private String kpj;

  @Schema(
      description =
          "The person's name as the caller knows it; checked (at least 75 % similar) against"
              + " names other channels registered",
      example = "Siti Rahmawati")
  private String fullName;

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
}
