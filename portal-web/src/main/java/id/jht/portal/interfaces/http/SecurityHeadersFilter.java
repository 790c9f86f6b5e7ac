package id.jht.portal.interfaces.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The security headers of every answer ({@link SecurityHeaders}): pages, Faces resources, servlets
 * and the API. Registered in web.xml, first, for every request and error dispatch.
 *
 * <p>The Content-Security-Policy is this filter's alone: PrimeFaces' CSP mode adds a header of its
 * own (a {@code script-src} with its nonce), which the response wrapper drops, so that the browser
 * sees one policy whose nonce is the one the page's scripts carry ({@code PerResponseCspState}).
 */
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject PublicUrl publicUrl;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    boolean https = publicUrl.isHttps();
    SecurityHeaders.write(req, res, https);
    chain.doFilter(req, new OwnPolicy(res, https));
  }

  /**
   * Keeps the policy written here, and makes every cookie the portal sets itself Secure when the
   * public URL is https (the session cookie: {@link CookieSettings}).
   */
  private static final class OwnPolicy extends HttpServletResponseWrapper {
    private final boolean secureCookies;

    OwnPolicy(HttpServletResponse response, boolean secureCookies) {
      super(response);
      this.secureCookies = secureCookies;
    }

    @Override
    public void setHeader(String name, String value) {
      if (!SecurityHeaders.CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!SecurityHeaders.CSP.equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void addCookie(Cookie cookie) {
      if (secureCookies) {
        cookie.setSecure(true);
      }
      super.addCookie(cookie);
    }
  }
}
