package id.jht.portal.interfaces.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Whom an error page speaks to (staff on the staff and admin pages, participants elsewhere) and
 * where its "try again" leads: the page that failed.
 */
@Named
@RequestScoped
public class ErrorPage {

  /** The failed page of an Ajax request, which reaches the error page by a redirect. */
  static final String RETRY = "retry";

  /** A page of this portal by its path: no scheme, host, query or way up, so no open redirect. */
  private static final Pattern LOCAL_PAGE = Pattern.compile("(/[a-z0-9-]+)+\\.xhtml");

  /**
   * The request as Faces renders it: after an error dispatch, {@link ErrorDispatchFilter}'s plain
   * GET. The container's request that CDI would inject still carries the failed request's body, and
   * reading a parameter of it would parse that body (an upload refused as too large, still unread,
   * included).
   */
  @Inject ExternalContext external;

  /**
   * Whether the failed request was a staff page's (after an error dispatch or an Ajax redirect).
   */
  public boolean isStaff() {
    return "true".equals(request().getParameter("staff")) || isStaffPath(failedPath());
  }

  /**
   * Where "try again" leads: the page that failed, opened again by GET with what was saved. After
   * an Ajax request's redirect, the page it names; after an error dispatch, the failed address
   * (never empty: Facelets leaves out an empty attribute, and a link without an address is none).
   */
  public String getRetryUrl() {
    String retry = retryPage();
    if (retry != null) {
      return request().getContextPath() + retry;
    }
    Object failed = request().getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return failed == null ? request().getRequestURI() : failed.toString();
  }

  /** The error page for an Ajax request of the current page, naming that page for the retry. */
  static String retryingFrom(ExternalContext failed) {
    String page = failed.getRequestServletPath();
    return "/error/error.xhtml"
        + (isLocalPage(page)
            ? "?" + RETRY + "=" + URLEncoder.encode(page, StandardCharsets.UTF_8)
            : "");
  }

  private HttpServletRequest request() {
    return (HttpServletRequest) external.getRequest();
  }

  static boolean isStaffPath(String path) {
    return path != null && (path.startsWith("/staff/") || path.startsWith("/admin/"));
  }

  static boolean isLocalPage(String path) {
    return path != null && LOCAL_PAGE.matcher(path).matches() && !path.startsWith("/error/");
  }

  private String failedPath() {
    Object failed = request().getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (failed != null) {
      return failed.toString().substring(request().getContextPath().length());
    }
    return retryPage();
  }

  /** The page an Ajax failure's redirect names, if it is one of this portal's; else null. */
  private String retryPage() {
    String retry = request().getParameter(RETRY);
    return isLocalPage(retry) ? retry : null;
  }
}
