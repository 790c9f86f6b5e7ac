package id.jht.portal.interfaces.web.support;

import id.jht.portal.interfaces.http.PublicUrl;
import id.jht.portal.interfaces.http.SignedToken;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Short-lived signed cookies that stand in for an HTTP session on the participants' pages other
 * than the wizard (booking status, self-unlock, release): ids only, as {@code
 * kind|field|...|issued} signed with HMAC-SHA256 under the participant cookie's key ({@code
 * PORTAL_PARTICIPANT_COOKIE_KEY}, shared by every node; without it a random key of this node). The
 * kind keeps one cookie's value from being replayed as another's. HttpOnly, {@code SameSite=Lax},
 * {@code Secure} behind https.
 */
@ApplicationScoped
public class SignedCookies {

  /** How far a cookie's issue time may lie ahead of this node's clock (clocks of nodes differ). */
  private static final Duration SKEW = Duration.ofMinutes(5);

  @Inject
  @ConfigProperty(name = "portal.participant.cookie-key")
  Optional<String> configuredKey;

  @Inject PublicUrl publicUrl;

  private SignedToken signer;
  private boolean secure;

  @PostConstruct
  void init() {
    byte[] key = new byte[32];
    if (configuredKey.filter(k -> !k.isBlank()).isPresent()) {
      key = Base64.getDecoder().decode(configuredKey.get().trim());
    } else {
      new SecureRandom().nextBytes(key);
    }
    signer = new SignedToken(key);
    secure = publicUrl.isHttps();
  }

  /**
   * What the request's cookie {@code name} says: nothing, refused (forged, damaged, of another kind
   * or older than {@code maxAge}), or its fields and issue time.
   */
  public Reading read(
      HttpServletRequest request, String name, String kind, Duration maxAge, Instant now) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Reading.NONE;
    }
    for (Cookie cookie : cookies) {
      if (name.equals(cookie.getName())) {
        return signer
            .verify(cookie.getValue())
            .flatMap(payload -> parse(payload, kind))
            .filter(r -> !expired(r.issuedAt(), maxAge, now))
            .orElse(Reading.REFUSED);
      }
    }
    return Reading.NONE;
  }

  private static Optional<Reading> parse(String payload, String kind) {
    String[] parts = payload.split("\\|", -1);
    if (parts.length < 2 || !kind.equals(parts[0])) {
      return Optional.empty();
    }
    try {
      Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[parts.length - 1]));
      return Optional.of(
          new Reading(Arrays.asList(parts).subList(1, parts.length - 1), issued, false));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean expired(Instant issuedAt, Duration maxAge, Instant now) {
    Duration age = Duration.between(issuedAt, now);
    return age.isNegative() ? age.abs().compareTo(SKEW) > 0 : age.compareTo(maxAge) > 0;
  }

  /** Sets the cookie (for the browser's session: it ends with the browser, or at its max age). */
  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      String name,
      String kind,
      Instant issuedAt,
      String... fields) {
    StringBuilder payload = new StringBuilder(kind);
    for (String field : fields) {
      payload.append('|').append(field);
    }
    payload.append('|').append(issuedAt.getEpochSecond());
    response.addCookie(cookie(request, name, signer.sign(payload.toString()), -1));
  }

  /** The response of the Faces request under way; null outside Faces (a servlet only reads). */
  public static HttpServletResponse facesResponse() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null ? null : (HttpServletResponse) faces.getExternalContext().getResponse();
  }

  public void clear(HttpServletRequest request, HttpServletResponse response, String name) {
    response.addCookie(cookie(request, name, "", 0));
  }

  private Cookie cookie(HttpServletRequest request, String name, String value, int maxAge) {
    Cookie cookie = new Cookie(name, value);
    String path = request.getContextPath();
    cookie.setPath(path.isEmpty() ? "/" : path);
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setAttribute("SameSite", "Lax");
    cookie.setMaxAge(maxAge);
    return cookie;
  }

  /**
   * A cookie's reading: {@code fields} empty and {@code refused} false when there was none.
   *
   * @param fields the signed fields between the kind and the issue time
   */
  public record Reading(List<String> fields, Instant issuedAt, boolean refused) {
    static final Reading NONE = new Reading(List.of(), null, false);
    static final Reading REFUSED = new Reading(List.of(), null, true);

    public boolean isValid() {
      return issuedAt != null;
    }

    /** The field as an id; null when empty or not a number. */
    public Long id(int index) {
      try {
        return index < fields.size() ? Long.valueOf(fields.get(index)) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}
