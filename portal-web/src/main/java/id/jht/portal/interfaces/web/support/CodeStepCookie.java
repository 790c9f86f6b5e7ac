package id.jht.portal.interfaces.web.support;

import id.jht.portal.application.pendingclaim.CodeChallengeBook;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What the one-time-code pages (self-unlock, release) keep between asking for a code and typing it,
 * without an HTTP session: the purpose and the random id of the challenge the server stored ({@code
 * code_challenge}), signed in the cookie {@value #NAME}. Never the typed NIK, KPJ or birth date:
 * the code step reads what it shows (masked) and whom the code is for from the database. Valid as
 * long as the challenge ({@link CodeChallengeBook#LIFETIME}).
 */
@RequestScoped
public class CodeStepCookie {

  static final String NAME = "JHT_CODE";
  private static final String KIND = "c1";

  @Inject HttpServletRequest request;
  @Inject SignedCookies cookies;
  @Inject Clock clock;

  private SignedCookies.Reading reading;

  @PostConstruct
  void read() {
    reading = cookies.read(request, NAME, KIND, CodeChallengeBook.LIFETIME, clock.instant());
  }

  /** The challenge of this purpose the browser continues, or null. */
  public Long challenge(String purpose) {
    return reading.isValid()
            && reading.fields().size() == 2
            && purpose.equals(reading.fields().get(0))
        ? reading.id(1)
        : null;
  }

  /**
   * Whether this request posts the code step: a postback without the first step's field (the first
   * step's form may be posted while a cookie of an earlier visit is still valid).
   */
  public static boolean isCodeStepPost(String firstStepField) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.isPostback()
        && !faces.getExternalContext().getRequestParameterMap().containsKey(firstStepField);
  }

  /** The code step continues with this challenge. */
  public void remember(String purpose, long challengeId) {
    Instant now = clock.instant();
    cookies.write(
        request,
        SignedCookies.facesResponse(),
        NAME,
        KIND,
        now,
        purpose,
        Long.toString(challengeId));
    reading = new SignedCookies.Reading(List.of(purpose, Long.toString(challengeId)), now, false);
  }

  /** Done, or starting again: the cookie is removed. */
  public void forget() {
    cookies.clear(request, SignedCookies.facesResponse(), NAME);
    reading = new SignedCookies.Reading(List.of(), null, false);
  }
}
