package id.jht.portal.interfaces.web.pending;

import id.jht.portal.application.pendingclaim.PendingClaimReleaseService;
import id.jht.portal.application.pendingclaim.ReleaseOutcome;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Message;
import id.jht.portal.interfaces.form.NikKpjForm;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;

/**
 * "Release my pending claim" ({@code /pending/release.xhtml}), without starting a claim: NIK, KPJ
 * and birth date ask for a one-time code, which goes to the e-mail address in the registry (the
 * page has no e-mail field at all); the code then releases every pending claim of the person.
 *
 * <p>Answers are the service's and never tell whether a NIK exists: asking always reads "if the
 * data matches, a code was sent", and a refused code reads the same whatever was wrong. Only
 * malformed input is named, field by field.
 */
@Named
@RequestScoped
public class ReleasePendingClaimBean extends NikKpjForm {

  private static final String FORM = "release";

  /** Where the visitor is: typing their data, typing the code, or done. */
  public enum Stage {
    IDENTIFY,
    CODE,
    RELEASED
  }

  @Inject PendingClaimReleaseService release;
  @Inject FacesMessages messages;
  @Inject HttpServletRequest request;
  @Inject ReleaseProgress progress;

  /** Decided by this request's action; before that, from the session (see {@link #stage()}). */
  private Stage stage;

  private LocalDate birthDate;
  private String code;

  /**
   * The page is stateless: on a post, the session says whether a code was asked for (the person's
   * data stays on the server, never in the page); opening the page afresh starts at step 1.
   */
  private Stage stage() {
    if (stage == null) {
      stage =
          FacesContext.getCurrentInstance().isPostback() && awaitingCode()
              ? Stage.CODE
              : Stage.IDENTIFY;
    }
    return stage;
  }

  /** Asked without creating a session: only a visitor who has sent their data gets one. */
  private boolean awaitingCode() {
    return request.getSession(false) != null && progress.isAwaitingCode();
  }

  /**
   * Step 1 (and "new code" in step 2, for the person of step 1): asks for a code; the same answer
   * whether or not the data matched.
   */
  public void requestCode() {
    boolean again = stage() == Stage.CODE;
    String forNik = again ? progress.nik() : getNik();
    String forKpj = again ? progress.kpj() : getKpj();
    LocalDate forBirthDate = again ? progress.birthDate() : birthDate;
    try {
      Message answer = release.requestReleaseCode(forNik, forKpj, forBirthDate);
      progress.awaitCode(forNik, forKpj, forBirthDate);
      code = null;
      stage = Stage.CODE;
      messages.info(null, answer.key(), answer.argsArray());
    } catch (InvalidValueException invalid) {
      stage = Stage.IDENTIFY;
      messages.error(FORM + ":" + invalid.field(), invalid.message());
    }
  }

  /** Step 2: releases with the code. */
  public void releaseWithCode() {
    if (stage() != Stage.CODE) {
      return;
    }
    try {
      ReleaseOutcome outcome =
          release.releaseWithCode(progress.nik(), progress.kpj(), progress.birthDate(), code);
      code = null;
      if (outcome.released()) {
        stage = Stage.RELEASED;
        progress.forget();
        messages.info(null, outcome.message().key(), outcome.message().argsArray());
      } else {
        messages.error(FORM + ":code", outcome.message());
      }
    } catch (InvalidValueException invalid) {
      // NIK, KPJ and birth date were accepted in step 1, so this is the code's format.
      messages.error(FORM + ":" + invalid.field(), invalid.message());
    }
  }

  /** Back to step 1, to correct the data (the code sent stays valid until it expires). */
  public void changeData() {
    if (awaitingCode()) {
      setNik(progress.nik());
      setKpj(progress.kpj());
      birthDate = progress.birthDate();
      progress.forget();
    }
    code = null;
    stage = Stage.IDENTIFY;
  }

  public String getStage() {
    return stage().name();
  }

  /** What step 2 shows of the NIK accepted in step 1: masked, never in full. */
  public String getMaskedNik() {
    return stage() == Stage.CODE ? Nik.of(progress.nik()).masked() : "";
  }

  public String getMaskedKpj() {
    return stage() == Stage.CODE ? Kpj.of(progress.kpj()).masked() : "";
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
