package id.jht.portal.interfaces.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code PORTAL_PUBLIC_URL}, the address participants reach the portal at (e.g. {@code
 * https://klaim.example.go.id}). Redirects and links are built from it, never from the request's
 * {@code Host} header, which the client chooses: a hostile Host must not send a participant to
 * another site. Unset (the embedded run), a redirect carries the path alone, which browsers resolve
 * against the address they asked.
 */
@ApplicationScoped
public class PublicUrl {

  @Inject
  @ConfigProperty(name = "portal.public-url")
  Optional<String> configured;

  private URI origin;

  @PostConstruct
  void init() {
    origin = configured.filter(s -> !s.isBlank()).map(PublicUrl::parseOrigin).orElse(null);
  }

  /** Scheme and authority only; a path in the setting would be the proxy's business. */
  static URI parseOrigin(String text) {
    URI uri = URI.create(text.strip());
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "PORTAL_PUBLIC_URL must be an http or https address such as https://klaim.example: "
              + text);
    }
    return URI.create(scheme + "://" + uri.getRawAuthority());
  }

  /** Whether participants reach the portal over https (HSTS, Secure cookies). */
  public boolean isHttps() {
    return origin != null && origin.getScheme().equals("https");
  }

  /** The configured origin, e.g. {@code https://klaim.example}, or empty. */
  public Optional<String> origin() {
    return Optional.ofNullable(origin).map(URI::toString);
  }

  /**
   * Where a redirect to {@code location} should point: a path of this portal becomes an absolute
   * URL on the public origin (or stays a path when none is configured); an absolute URL whose host
   * is the request's (that is, built from its Host header) is treated as that path.
   */
  public String redirectTarget(HttpServletRequest request, String location) {
    String path = ownPath(request, location);
    if (path == null) {
      return location; // a link to another site, chosen by the code, not by the request
    }
    return origin == null ? path : origin + path;
  }

  /** The path (with query) of a location on this portal, or null for another site. */
  private static String ownPath(HttpServletRequest request, String location) {
    URI uri;
    try {
      uri = URI.create(location);
    } catch (IllegalArgumentException malformed) {
      return request.getContextPath() + "/";
    }
    if (uri.getRawAuthority() != null) {
      boolean ours =
          uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName());
      return ours ? pathAndQuery(uri) : null;
    }
    if (location.startsWith("/")) {
      return location;
    }
    // Relative to the requested path, as the servlet specification resolves it.
    URI base = URI.create(request.getRequestURI());
    return pathAndQuery(base.resolve(uri));
  }

  private static String pathAndQuery(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return path
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
  }
}
