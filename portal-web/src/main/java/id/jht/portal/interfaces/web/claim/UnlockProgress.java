package id.jht.portal.interfaces.web.claim;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * The NIK whose unlock code was asked for, kept between the unlock page's two steps (the page keeps
 * no view state, and the NIK never goes into the page). Created only once a visitor has sent a NIK;
 * forgotten once the check is unlocked or the visitor types another NIK.
 */
@SessionScoped
public class UnlockProgress implements Serializable {

  private static final long serialVersionUID = 1L;

  private String nik;

  public void awaitCode(String nik) {
    this.nik = nik;
  }

  public boolean isAwaitingCode() {
    return nik != null;
  }

  public String nik() {
    return nik;
  }

  public void forget() {
    nik = null;
  }
}
