package id.jht.portal.interfaces.web.support;

import id.jht.portal.interfaces.http.PortalCookie;
import id.jht.portal.interfaces.http.PublicUrl;
import id.jht.portal.interfaces.http.SignedToken;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Short-lived signed cookies that stand in for an HTTP session on the participants' pages other
 * than the wizard (booking status, self-unlock, release), and the key that signs the wizard's pass
 * too: ids only, as {@code kind|field|...|issued} signed with HMAC-SHA256 under the participant
 * cookie's key ({@code PORTAL_PARTICIPANT_COOKIE_KEY}, shared by every node; without it a random
 * key of this node). The kind keeps one cookie's value from being replayed as another's. HttpOnly,
 * {@code SameSite=Lax}, {@code Secure} behind https.
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
    signer =
        new SignedToken(
            PortalCookie.key(
                configuredKey,
                "PORTAL_PARTICIPANT_COOKIE_KEY",
                "participants' cookies are signed"));
    secure = publicUrl.isHttps();
  }

  /**
   * What the request's cookie {@code name} says: nothing, refused (forged, damaged, of another kind
   * or older than {@code maxAge}), or its fields and issue time.
   */
  public Reading read(
      HttpServletRequest request, String name, String kind, Duration maxAge, Instant now) {
    return PortalCookie.value(request, name)
        .map(
            value ->
                signer
                    .verify(value)
                    .flatMap(payload -> parse(payload, kind))
                    .filter(r -> !expired(r.issuedAt(), maxAge, now))
                    .orElse(Reading.REFUSED))
        .orElse(Reading.NONE);
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
    response.addCookie(
        PortalCookie.lax(request, name, signer.sign(payload.toString()), -1, secure));
  }

  /**
   * The participant's own pass ({@code ParticipantCookies}) is signed with the same key: one place
   * that loads it, so every participant cookie of a node agrees on it even without configuration.
   */
  public String sign(String payload) {
    return signer.sign(payload);
  }

  /** The payload of a value this key signed, empty when forged or damaged. */
  public Optional<String> verify(String value) {
    return signer.verify(value);
  }

  /** Whether the cookies are marked {@code Secure} (the portal's public address is https). */
  public boolean isSecure() {
    return secure;
  }

  /** The response of the Faces request under way; null outside Faces (a servlet only reads). */
  public static HttpServletResponse facesResponse() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null ? null : (HttpServletResponse) faces.getExternalContext().getResponse();
  }

  public void clear(HttpServletRequest request, HttpServletResponse response, String name) {
    response.addCookie(PortalCookie.lax(request, name, "", 0, secure));
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
