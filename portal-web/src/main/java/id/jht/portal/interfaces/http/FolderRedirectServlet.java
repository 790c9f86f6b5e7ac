package id.jht.portal.interfaces.http;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A folder named without its slash ({@code /admin}) goes to the folder ({@code /admin/}, whose
 * welcome page answers). The container would send that redirect itself, before any filter runs, so
 * without the security headers; answered here, the redirect passes {@link SecurityHeadersFilter}
 * and {@link PublicRedirectFilter} like every other answer.
 */
@WebServlet(urlPatterns = {"/admin", "/booking", "/claim", "/error", "/pending", "/staff"})
public class FolderRedirectServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String query = req.getQueryString();
    res.sendRedirect(
        req.getContextPath() + req.getServletPath() + "/" + (query == null ? "" : "?" + query));
  }
}
