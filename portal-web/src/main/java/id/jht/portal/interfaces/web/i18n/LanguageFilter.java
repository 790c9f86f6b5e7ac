package id.jht.portal.interfaces.web.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

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
    // Only a GET's query string is read, never getParameter(): that would parse a POST's body
    // before the container sets the request encoding (form values then decode as ISO-8859-1 and
    // the container logs a warning per request).
    String wanted = "GET".equals(req.getMethod()) ? fromQuery(req.getQueryString()) : null;
    if (wanted != null) {
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

  /** The value of the {@code lang} query parameter, or null. */
  static String fromQuery(String query) {
    if (query == null) {
      return null;
    }
    for (String part : query.split("&")) {
      if (part.startsWith(Languages.COOKIE + "=")) {
        return URLDecoder.decode(
            part.substring(Languages.COOKIE.length() + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
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
