package id.jht.portal.interfaces.form;

import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The NIK, KPJ and name as typed, before any check: the identity step, the e-KTP correction, the
 * release of a pending claim and the REST requests all take them. A form that does not ask for the
 * name leaves it null. Which of the three a request requires is said by the subclass's schema.
 */
public abstract class IdentifierForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Schema(
      description = "NIK, 16 digits",
      example = "3173014507900002",
      minLength = 16,
      maxLength = 16)
  private String nik;

  @Schema(description = "KPJ, 11 digits", example = "24017382915", minLength = 11, maxLength = 11)
  private String kpj;

  @Schema(
      description = "The person's name as the caller knows it, for the name check",
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
