package id.jht.portal.interfaces.http;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;

/**
 * The one source of the client's address for every rate limit, lockout and audit record of a
 * request: the direct peer, or behind a trusted reverse proxy the client it names (see {@link
 * TrustedProxies}). Never {@code getRemoteAddr()} directly: behind nginx that is the proxy, and all
 * participants would share one rate limit.
 */
@RequestScoped
public class ClientAddress {

  @Inject HttpServletRequest request;
  @Inject ProxySettings proxies;

  private String address;

  public String get() {
    if (address == null) {
      address = of(request, proxies.trusted());
    }
    return address;
  }

  /** For code outside CDI's request scope (filters that hold the request themselves). */
  public static String of(HttpServletRequest request, TrustedProxies trusted) {
    return trusted.clientOf(
        request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
  }
}
