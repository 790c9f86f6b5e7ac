package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.identity.SelfUnlockService;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Message;
import id.jht.portal.interfaces.web.staff.ClientAddressHolder;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * "Unlock now" ({@code /claim/unlock.xhtml}) after three failed identity tries: the NIK asks for a
 * one-time code, which goes to the e-mail address registered for it; the code lifts the lock. Like
 * the release page: stateless, the same answer whatever the NIK, only malformed input named.
 */
@Named
@RequestScoped
public class SelfUnlockBean {

  private static final String FORM = "unlock";

  /** Where the visitor is: typing the NIK, typing the code, or done. */
  public enum Stage {
    NIK,
    CODE,
    UNLOCKED
  }

  @Inject SelfUnlockService unlocks;
  @Inject FacesMessages messages;
  @Inject HttpServletRequest request;
  @Inject UnlockProgress progress;
  @Inject ClientAddressHolder clientAddress;

  private Stage stage;
  private String nik;
  private String code;

  private Stage stage() {
    if (stage == null) {
      stage =
          FacesContext.getCurrentInstance().isPostback()
                  && request.getSession(false) != null
                  && progress.isAwaitingCode()
              ? Stage.CODE
              : Stage.NIK;
    }
    return stage;
  }

  /** Step 1 (and "new code" in step 2): the same answer whether or not a code was sent. */
  public void requestCode() {
    String forNik = stage() == Stage.CODE ? progress.nik() : nik;
    try {
      Message answer = unlocks.requestCode(forNik);
      progress.awaitCode(Nik.of(forNik).value());
      code = null;
      stage = Stage.CODE;
      messages.info(null, answer.key(), answer.argsArray());
    } catch (InvalidValueException invalid) {
      stage = Stage.NIK;
      messages.error(FORM + ":nik", invalid.message());
    }
  }

  /** Step 2: unlocks with the code. */
  public void unlock() {
    if (stage() != Stage.CODE) {
      return;
    }
    try {
      boolean unlocked = unlocks.unlock(progress.nik(), code, clientAddress.get());
      code = null;
      if (unlocked) {
        stage = Stage.UNLOCKED;
        progress.forget();
        messages.info(null, "identity.unlock.done");
      } else {
        messages.error(FORM + ":code", "identity.unlock.refused");
      }
    } catch (InvalidValueException invalid) {
      messages.error(FORM + ":code", invalid.message());
    }
  }

  /** Back to step 1, for another NIK. */
  public void changeNik() {
    if (request.getSession(false) != null) {
      progress.forget();
    }
    code = null;
    stage = Stage.NIK;
  }

  public String getStage() {
    return stage().name();
  }

  /** The NIK of step 1 as step 2 shows it: masked, never in full. */
  public String getMaskedNik() {
    return stage() == Stage.CODE ? Nik.of(progress.nik()).masked() : "";
  }

  public String getNik() {
    return nik;
  }

  public void setNik(String nik) {
    this.nik = nik;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
