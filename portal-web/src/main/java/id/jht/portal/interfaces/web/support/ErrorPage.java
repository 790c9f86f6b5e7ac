package id.jht.portal.interfaces.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Whom an error page speaks to: staff on the staff and admin pages, participants elsewhere. */
@Named
@RequestScoped
public class ErrorPage {

  @Inject HttpServletRequest request;

  /**
   * Whether the failed request was a staff page's (after an error dispatch or an Ajax redirect).
   */
  public boolean isStaff() {
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path =
        failed == null ? null : failed.toString().substring(request.getContextPath().length());
    return "true".equals(request.getParameter("staff")) || isStaffPath(path);
  }

  static boolean isStaffPath(String path) {
    return path != null && (path.startsWith("/staff/") || path.startsWith("/admin/"));
  }
}
