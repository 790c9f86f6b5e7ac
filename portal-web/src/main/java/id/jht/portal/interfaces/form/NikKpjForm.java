package id.jht.portal.interfaces.form;

import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The NIK and KPJ as typed, before any check: what a form asks for when it does not ask for the
 * name (the release of a pending claim); {@link IdentifierForm} adds the name.
 */
public abstract class NikKpjForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Schema(
      description = "NIK, 16 digits",
      example = "3173014507900002",
      minLength = 16,
      maxLength = 16)
  private String nik;

  @Schema(description = "KPJ, 11 digits", example = "24017382915", minLength = 11, maxLength = 11)
  private String kpj;

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
}
