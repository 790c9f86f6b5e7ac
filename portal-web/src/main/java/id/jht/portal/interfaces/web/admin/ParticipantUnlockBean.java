package id.jht.portal.interfaces.web.admin;

import id.jht.portal.application.admin.AdminAccessDeniedException;
import id.jht.portal.application.admin.ParticipantLockView;
import id.jht.portal.application.admin.ParticipantUnlockService;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.interfaces.web.staff.ClientAddressHolder;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/**
 * Unlocking a locked participant ({@code /admin/participants.xhtml} for administrators, {@code
 * /staff/participants/unlock.xhtml} for supervisors of the participant's branch). The NIK is typed
 * into a POST form and forgotten after the search: the page only ever shows it masked, and it never
 * appears in an address.
 */
@Named
@ViewScoped
public class ParticipantUnlockBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ParticipantUnlockService unlocking;
  @Inject ClientAddressHolder clientAddress;
  @Inject FacesMessages messages;

  private String nik;
  private ParticipantLockView found;
  private boolean searched;

  public void search() {
    found = null;
    searched = false;
    try {
      found = unlocking.find(nik, clientAddress.get()).orElse(null);
      searched = true;
      if (found == null) {
        messages.warn(null, "admin.unlock.notFound");
      }
    } catch (InvalidValueException invalid) {
      messages.error("unlock:nik", invalid.message());
    } catch (AdminAccessDeniedException denied) {
      messages.error(null, "admin.unlock.otherBranch");
    } finally {
      nik = null;
    }
  }

  public void unlock() {
    if (found == null) {
      return;
    }
    try {
      found = unlocking.unlock(found.id(), clientAddress.get()).orElse(null);
      messages.info(null, "admin.unlock.done");
    } catch (AdminAccessDeniedException denied) {
      messages.error(null, "error.forbidden.text");
    }
  }

  public String lockedUntil() {
    Instant until = found == null ? null : found.lockedUntil();
    return until == null ? "" : messages.dateTime(until, null);
  }

  public ParticipantLockView getFound() {
    return found;
  }

  public boolean isSearched() {
    return searched;
  }

  public String getNik() {
    return nik;
  }

  public void setNik(String nik) {
    this.nik = nik;
  }
}
