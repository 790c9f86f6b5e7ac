package id.jht.portal.interfaces.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The security headers of an answer, written by {@link SecurityHeadersFilter} on every request and
 * by the staff authentication mechanism on the redirect it sends before any filter runs.
 *
 * <p>Pages get {@link #pagePolicy}: scripts only from the portal itself or carrying this answer's
 * nonce (PrimeFaces' widget set-up, written with the nonce by its CSP mode), no inline event
 * handlers, no plugins, no framing by other sites, forms posting only here. Styles keep {@code
 * 'unsafe-inline'}: PrimeFaces' components write {@code style} attributes into their markup and its
 * CSP mode covers scripts only; a style cannot run code. Every other answer gets {@link
 * #NON_PAGE_POLICY}. {@code Cache-Control: no-store} goes on everything but the static Faces
 * resources: the pages and answers carry personal data (wizard, status, staff, admin, API). HSTS
 * only when the public URL is https.
 */
public final class SecurityHeaders {

  /** The request attribute holding the script nonce of the page being answered. */
  public static final String NONCE_ATTRIBUTE = SecurityHeaders.class.getName() + ".nonce";

  public static final String CSP = "Content-Security-Policy";

  /** For answers that are not pages: nothing may run or load, only our pages may frame them. */
  static final String NON_PAGE_POLICY =
      "default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

  /** Documents shown to officers inside the claim page's frame (the PDF viewer needs the rest). */
  static final String FRAMED_DOCUMENT_POLICY = "frame-ancestors 'self'";

  /** What the pages use: the camera (document photos) and the location (nearest branch). */
  static final String PERMISSIONS_POLICY =
      "camera=(self), geolocation=(self), microphone=(), payment=(), usb=(), display-capture=()";

  private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

  /** 144 random bits, URL-safe Base64 without padding: 24 characters a CSP nonce may hold. */
  private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{24}");

  private static final SecureRandom RANDOM = new SecureRandom();

  private SecurityHeaders() {}

  /** The policy of a page whose own inline scripts carry {@code nonce}. */
  static String pagePolicy(String nonce) {
    return "default-src 'self'; script-src 'self' 'nonce-"
        + nonce
        + "'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
        + " font-src 'self' data:; connect-src 'self'; frame-src 'self'; frame-ancestors 'self';"
        + " form-action 'self'; base-uri 'self'; object-src 'none'";
  }

  /** A fresh, unguessable nonce for one answer. */
  public static String freshNonce() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether a nonce a client sent back has the form of ours (nothing else reaches a header). */
  public static boolean isWellFormedNonce(String nonce) {
    return nonce != null && NONCE.matcher(nonce).matches();
  }

  /**
   * Writes the headers for this request's answer; a page gets a new nonce, kept in the request
   * under {@link #NONCE_ATTRIBUTE} for the scripts the page writes.
   */
  public static void write(HttpServletRequest req, HttpServletResponse res, boolean https) {
    String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    boolean resource = path.startsWith(FACES_RESOURCES);
    boolean page = !resource && path.endsWith(".xhtml");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    if (page) {
      String nonce = freshNonce();
      req.setAttribute(NONCE_ATTRIBUTE, nonce);
      res.setHeader(CSP, pagePolicy(nonce));
    } else {
      res.setHeader(
          CSP, path.equals("/staff/claims/document") ? FRAMED_DOCUMENT_POLICY : NON_PAGE_POLICY);
    }
    if (!resource) {
      res.setHeader("Cache-Control", "no-store");
    }
    if (https) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }
}
