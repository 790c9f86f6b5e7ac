package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.identity.SelfUnlockService;
import id.jht.portal.application.pendingclaim.CodeRequest;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Message;
import id.jht.portal.interfaces.web.staff.ClientAddressHolder;
import id.jht.portal.interfaces.web.support.CodeStepCookie;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * "Unlock now" ({@code /claim/unlock.xhtml}) after three failed identity tries: the NIK asks for a
 * one-time code, which goes to the e-mail address registered for it; the code lifts the lock. Like
 * the release page: stateless, the same answer whatever the NIK, only malformed input named.
 * Between the two steps the browser carries only the signed id of the server's challenge ({@link
 * CodeStepCookie}), never the NIK: no HTTP session, so any node answers either step.
 */
@Named
@RequestScoped
public class SelfUnlockBean {

  private static final String FORM = "unlock";
  private static final String PURPOSE = SelfUnlockService.PURPOSE;

  /** Where the visitor is: typing the NIK, typing the code, or done. */
  public enum Stage {
    NIK,
    CODE,
    UNLOCKED
  }

  @Inject SelfUnlockService unlocks;
  @Inject FacesMessages messages;
  @Inject CodeStepCookie codeStep;
  @Inject ClientAddressHolder clientAddress;

  private Stage stage;
  private String maskedNik;
  private String nik;
  private String code;

  /**
   * On a post of the code step (not of the NIK form), the code step continues when the signed
   * cookie names a challenge still open on the server; a forged or expired one sends the visitor
   * back to step 1 with a word why.
   */
  private Stage stage() {
    if (stage == null) {
      stage = Stage.NIK;
      if (CodeStepCookie.isCodeStepPost(FORM + ":nik")) {
        Long challenge = codeStep.challenge(PURPOSE);
        maskedNik = challenge == null ? null : unlocks.maskedNik(challenge).orElse(null);
        if (maskedNik != null) {
          stage = Stage.CODE;
        } else {
          // No cookie, a forged or expired one, or a challenge no longer open.
          expired();
        }
      }
    }
    return stage;
  }

  private void expired() {
    codeStep.forget();
    stage = Stage.NIK;
    messages.info(null, "codestep.expired");
  }

  /** Step 1 (and "new code" in step 2): the same answer whether or not a code was sent. */
  public void requestCode() {
    try {
      Optional<CodeRequest> request =
          stage() == Stage.CODE
              ? unlocks.requestCodeAgain(codeStep.challenge(PURPOSE))
              : Optional.of(unlocks.requestCode(nik));
      if (request.isEmpty()) {
        expired();
        return;
      }
      codeStep.remember(PURPOSE, request.get().challengeId());
      maskedNik = unlocks.maskedNik(request.get().challengeId()).orElse("");
      code = null;
      stage = Stage.CODE;
      Message answer = request.get().answer();
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
      boolean unlocked = unlocks.unlock(codeStep.challenge(PURPOSE), code, clientAddress.get());
      code = null;
      if (unlocked) {
        stage = Stage.UNLOCKED;
        codeStep.forget();
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
    codeStep.forget();
    code = null;
    stage = Stage.NIK;
  }

  public String getStage() {
    return stage().name();
  }

  /** The NIK of step 1 as step 2 shows it: masked, never in full (read from the challenge). */
  public String getMaskedNik() {
    return stage() == Stage.CODE ? maskedNik : "";
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
