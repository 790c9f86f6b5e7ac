package id.jht.portal.interfaces.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * Refuses a post of a stateless page's form (Faces sends {@code jakarta.faces.ViewState=stateless})
 * unless it carries the browser's {@link StatelessFormToken}: such a post may have been forged by
 * another site. Posts of stateful pages are left to Faces, whose view state protects them. Uploads
 * to a stateless page (the documents step) are checked too: their form fields are parts of a
 * multipart body, which {@link id.jht.portal.interfaces.http.MultipartFilter} has parsed before
 * this filter runs. Every page request gets the token cookie before the page renders.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class StatelessFormGuard extends HttpFilter {

  static final String VIEW_STATE = "jakarta.faces.ViewState";
  static final String STATELESS = "stateless";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(req.getMethod()) && isForm(req)) {
      if (req.getCharacterEncoding() == null) {
        req.setCharacterEncoding(StandardCharsets.UTF_8.name());
      }
      if (STATELESS.equals(req.getParameter(VIEW_STATE)) && !tokenMatches(req)) {
        res.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
    }
    if ("GET".equals(req.getMethod()) || "POST".equals(req.getMethod())) {
      StatelessFormToken.ensure(req, res);
    }
    chain.doFilter(req, res);
  }

  static boolean tokenMatches(HttpServletRequest req) {
    String expected = StatelessFormToken.fromCookie(req);
    String sent = req.getParameter(StatelessFormToken.FIELD);
    return expected != null
        && sent != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
  }

  private static boolean isForm(HttpServletRequest req) {
    String type = req.getContentType();
    if (type == null) {
      return false;
    }
    String lower = type.toLowerCase(Locale.ROOT);
    return lower.startsWith("application/x-www-form-urlencoded")
        || lower.startsWith("multipart/form-data");
  }
}
