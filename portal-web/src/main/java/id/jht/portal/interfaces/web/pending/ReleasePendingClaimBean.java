package id.jht.portal.interfaces.web.pending;

import id.jht.portal.application.pendingclaim.CodeRequest;
import id.jht.portal.application.pendingclaim.PendingClaimReleaseService;
import id.jht.portal.application.pendingclaim.ReleaseCodes;
import id.jht.portal.application.pendingclaim.ReleaseOutcome;
import id.jht.portal.domain.model.onetimecode.CodeChallenge;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Message;
import id.jht.portal.interfaces.form.NikKpjForm;
import id.jht.portal.interfaces.web.support.CodeStepCookie;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Optional;

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
  private static final String PURPOSE = ReleaseCodes.PURPOSE;

  /** Where the visitor is: typing their data, typing the code, or done. */
  public enum Stage {
    IDENTIFY,
    CODE,
    RELEASED
  }

  @Inject PendingClaimReleaseService release;
  @Inject FacesMessages messages;
  @Inject CodeStepCookie codeStep;

  /** Decided by this request's action; before that, from the cookie (see {@link #stage()}). */
  private Stage stage;

  /** What step 2 shows, read from the challenge on the server. */
  private CodeChallenge challenge;

  private LocalDate birthDate;
  private String code;

  /**
   * The page is stateless: on a post of the code step, the signed cookie names the challenge the
   * server keeps (the person's data stays there, never in the page or a cookie); a forged or
   * expired one, or a challenge no longer open, sends the visitor back to step 1 with a word why.
   * Opening the page afresh starts at step 1.
   */
  private Stage stage() {
    if (stage == null) {
      stage = Stage.IDENTIFY;
      if (CodeStepCookie.isCodeStepPost(FORM + ":nik")) {
        Long id = codeStep.challenge(PURPOSE);
        challenge = id == null ? null : release.challenge(id).orElse(null);
        if (challenge != null) {
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
    stage = Stage.IDENTIFY;
    messages.info(null, "codestep.expired");
  }

  /**
   * Step 1 (and "new code" in step 2, for the person of step 1): asks for a code; the same answer
   * whether or not the data matched.
   */
  public void requestCode() {
    try {
      Optional<CodeRequest> request =
          stage() == Stage.CODE
              ? release.requestCodeAgain(challenge.id())
              : Optional.of(release.requestCode(getNik(), getKpj(), birthDate));
      if (request.isEmpty()) {
        expired();
        return;
      }
      codeStep.remember(PURPOSE, request.get().challengeId());
      challenge = release.challenge(request.get().challengeId()).orElse(null);
      code = null;
      stage = Stage.CODE;
      Message answer = request.get().answer();
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
      ReleaseOutcome outcome = release.releaseWithCode(challenge.id(), code);
      code = null;
      if (outcome.released()) {
        stage = Stage.RELEASED;
        codeStep.forget();
        messages.info(null, outcome.message().key(), outcome.message().argsArray());
      } else {
        messages.error(FORM + ":code", outcome.message());
      }
    } catch (InvalidValueException invalid) {
      messages.error(FORM + ":" + invalid.field(), invalid.message());
    }
  }

  /**
   * Back to step 1, to correct the data (the code sent stays valid until it expires). The form
   * starts empty: the data typed in step 1 was never kept.
   */
  public void changeData() {
    codeStep.forget();
    code = null;
    stage = Stage.IDENTIFY;
  }

  public String getStage() {
    return stage().name();
  }

  /** What step 2 shows of the NIK accepted in step 1: masked, never in full. */
  public String getMaskedNik() {
    return stage() == Stage.CODE ? challenge.maskedNik() : "";
  }

  public String getMaskedKpj() {
    return stage() == Stage.CODE ? challenge.maskedKpj() : "";
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
