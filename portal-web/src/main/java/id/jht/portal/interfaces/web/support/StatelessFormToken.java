package id.jht.portal.interfaces.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The anti-forgery token of forms on stateless pages (sign-in, the identity step): a random value
 * in a cookie, repeated in a hidden field of the form ({@code #{formToken.value}}), compared by
 * {@link StatelessFormGuard} when the form is posted. Stateful pages need none: their view state in
 * the session is their token. Stateless pages keep anonymous visitors from creating an HTTP session
 * (replicated to every node) before they have identified.
 *
 * <p>Another site can make a browser post the form, but it can neither read this cookie nor send it
 * along ({@code SameSite=Strict}), so it cannot fill in the matching field.
 */
@Named("formToken")
@RequestScoped
public class StatelessFormToken {

  public static final String COOKIE = "jht-form";
  public static final String FIELD = "jht-form-token";
  static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  static final String REQUEST_ATTRIBUTE = StatelessFormToken.class.getName();

  @Inject HttpServletRequest request;

  /**
   * This browser's token. {@link StatelessFormGuard} gives every page request one before the page
   * renders (a cookie set while rendering could come after the response is committed).
   */
  public String getValue() {
    Object issued = request.getAttribute(REQUEST_ATTRIBUTE);
    return issued != null ? issued.toString() : fromCookie(request);
  }

  /** The request's well-formed token, or a new one set in the response. */
  static String ensure(HttpServletRequest request, HttpServletResponse response) {
    String value = fromCookie(request);
    if (value == null) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      Cookie cookie = new Cookie(COOKIE, value);
      cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
      cookie.setHttpOnly(true);
      cookie.setSecure(request.isSecure());
      cookie.setAttribute("SameSite", "Strict");
      response.addCookie(cookie);
    }
    request.setAttribute(REQUEST_ATTRIBUTE, value);
    return value;
  }

  /** The well-formed token in the request's cookie, or null. */
  static String fromCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName()) && WELL_FORMED.matcher(cookie.getValue()).matches()) {
        return cookie.getValue();
      }
    }
    return null;
  }
}
