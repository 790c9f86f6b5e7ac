package id.jht.portal.interfaces.web.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Switches the language with {@code ?lang=en} or {@code ?lang=id} on any page: remembers the choice
 * in a cookie (no HTTP session needed for anonymous visitors) and redirects to the same page
 * without the parameter. Every page reads the choice back through {@link LanguageBean}.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String wanted = req.getParameter(Languages.COOKIE);
    if (wanted != null && "GET".equals(req.getMethod())) {
      Cookie cookie = new Cookie(Languages.COOKIE, Languages.fromTag(wanted).getLanguage());
      cookie.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
      cookie.setMaxAge(ONE_YEAR);
      cookie.setHttpOnly(true);
      cookie.setAttribute("SameSite", "Lax");
      res.addCookie(cookie);
      res.sendRedirect(req.getRequestURI() + remainingQuery(req.getQueryString()));
      return;
    }
    chain.doFilter(req, res);
  }

  private static String remainingQuery(String query) {
    if (query == null) {
      return "";
    }
    StringBuilder kept = new StringBuilder();
    for (String part : query.split("&")) {
      if (!part.startsWith(Languages.COOKIE + "=") && !part.isEmpty()) {
        kept.append(kept.length() == 0 ? "?" : "&").append(part);
      }
    }
    return kept.toString();
  }
}
