package id.jht.portal.interfaces.web.pending;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The person whose release code was asked for, kept between the release page's two steps (the page
 * itself keeps no view state). Created only once a visitor has sent their data, and forgotten as
 * soon as the claim is released or the visitor changes the data.
 */
@SessionScoped
public class ReleaseProgress implements Serializable {

  private static final long serialVersionUID = 1L;

  private String nik;
  private String kpj;
  private LocalDate birthDate;

  public void awaitCode(String nik, String kpj, LocalDate birthDate) {
    this.nik = nik;
    this.kpj = kpj;
    this.birthDate = birthDate;
  }

  public boolean isAwaitingCode() {
    return nik != null;
  }

  public String nik() {
    return nik;
  }

  public String kpj() {
    return kpj;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public void forget() {
    nik = null;
    kpj = null;
    birthDate = null;
  }
}
