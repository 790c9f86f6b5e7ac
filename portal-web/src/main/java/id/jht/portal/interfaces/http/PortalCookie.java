package id.jht.portal.interfaces.http;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The cookies the portal sets itself instead of keeping an HTTP session: scoped to the
 * application's path, HttpOnly, {@code SameSite=Lax} (sent on a top-level link from a mail, never
 * by another site's form or frame), {@code Secure} behind https; and the keys that sign or seal
 * them, from configuration and the same on every node.
 */
public final class PortalCookie {

  private static final Logger LOG = Logger.getLogger(PortalCookie.class.getName());

  private PortalCookie() {}

  /** A cookie for the whole application; {@code maxAge} -1: until the browser closes, 0: gone. */
  public static Cookie lax(
      HttpServletRequest request, String name, String value, int maxAge, boolean secure) {
    Cookie cookie = new Cookie(name, value);
    String path = request.getContextPath();
    cookie.setPath(path.isEmpty() ? "/" : path);
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setAttribute("SameSite", "Lax");
    cookie.setMaxAge(maxAge);
    return cookie;
  }

  /** The value of the request's cookie of that name. */
  public static Optional<String> value(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (name.equals(cookie.getName())) {
          return Optional.of(cookie.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The configured key (Base64 of at least 32 random bytes), or, when none is set, a random key of
   * this node only, said in the log: right for one node, while in a cluster a cookie made on one
   * node is refused by the others.
   *
   * @param variable the environment variable that configures it, for the log
   */
  public static byte[] key(Optional<String> configured, String variable, String what) {
    if (configured.filter(k -> !k.isBlank()).isPresent()) {
      return Base64.getDecoder().decode(configured.get().trim());
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    LOG.info(
        "No "
            + variable
            + ": "
            + what
            + " with a key of this node only (set one shared key on every node of a cluster)");
    return key;
  }
}
