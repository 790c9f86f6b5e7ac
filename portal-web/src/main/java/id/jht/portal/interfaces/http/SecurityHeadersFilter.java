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
 * The security headers of every answer: pages, Faces resources, servlets and the API. Registered in
 * web.xml for every request and error dispatch.
 *
 * <p>Pages get {@link #PAGE_POLICY}: scripts and everything else from the portal itself only, no
 * plugins, no framing by other sites, forms posting only here. It still allows inline scripts:
 * PrimeFaces writes its widgets' set-up and event handlers inline, and its nonce mode does not yet
 * fit the portal's stateless pages (see web.xml). Every other answer gets {@link #NON_PAGE_POLICY}.
 * {@code Cache-Control: no-store} goes on everything but the static Faces resources: the pages and
 * answers carry personal data (wizard, status, staff, admin, API). HSTS and {@code Secure} cookies
 * only when the public URL is https.
 */
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** For Faces pages. */
  static final String PAGE_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self';"
          + " media-src 'self' blob:; frame-src 'self'; frame-ancestors 'self';"
          + " form-action 'self'; base-uri 'self'; object-src 'none'";

  /** For answers that are not pages: nothing may run or load, only our pages may frame them. */
  static final String NON_PAGE_POLICY =
      "default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

  /** Documents shown to officers inside the claim page's frame (the PDF viewer needs the rest). */
  static final String FRAMED_DOCUMENT_POLICY = "frame-ancestors 'self'";

  /** What the pages use: the camera (document photos) and the location (nearest branch). */
  static final String PERMISSIONS_POLICY =
      "camera=(self), geolocation=(self), microphone=(), payment=(), usb=(), display-capture=()";

  private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

  @Inject PublicUrl publicUrl;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    boolean resource = path.startsWith(FACES_RESOURCES);
    boolean page = !resource && path.endsWith(".xhtml");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    res.setHeader(
        "Content-Security-Policy",
        page
            ? PAGE_POLICY
            : path.equals("/staff/claims/document") ? FRAMED_DOCUMENT_POLICY : NON_PAGE_POLICY);
    if (!resource) {
      res.setHeader("Cache-Control", "no-store");
    }
    if (publicUrl.isHttps()) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
      chain.doFilter(req, new SecureCookies(res));
    } else {
      chain.doFilter(req, res);
    }
  }

  /** Every cookie the portal sets itself is Secure (the session cookie: {@link CookieSettings}). */
  private static final class SecureCookies extends HttpServletResponseWrapper {
    SecureCookies(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addCookie(Cookie cookie) {
      cookie.setSecure(true);
      super.addCookie(cookie);
    }
  }
}
