package id.jht.portal.interfaces.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Every {@code sendRedirect} of the portal (Faces navigation, servlets, filters) goes to {@link
 * PublicUrl#redirectTarget}: the container would otherwise make the location absolute with the
 * request's Host header. Registered in web.xml right after the security headers, for every request.
 */
public class PublicRedirectFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject PublicUrl publicUrl;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(req, new Redirecting(req, res, publicUrl));
  }

  /** Sends a redirect to a location the Host header had no part in. */
  public static void redirect(
      HttpServletRequest req, HttpServletResponse res, PublicUrl publicUrl, String location)
      throws IOException {
    String target = publicUrl.redirectTarget(req, location);
    res.resetBuffer();
    res.setStatus(HttpServletResponse.SC_FOUND);
    // setHeader, not sendRedirect: the container would make a path absolute from the Host header.
    res.setHeader("Location", target);
    // Not flushed here: the container sends the answer once the request is over, after what
    // happens at its end (session-scoped beans of an invalidated session record their end).
  }

  private static final class Redirecting extends HttpServletResponseWrapper {

    private final HttpServletRequest request;
    private final PublicUrl publicUrl;

    Redirecting(HttpServletRequest request, HttpServletResponse response, PublicUrl publicUrl) {
      super(response);
      this.request = request;
      this.publicUrl = publicUrl;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      if (isCommitted()) {
        throw new IllegalStateException("response already committed");
      }
      redirect(request, (HttpServletResponse) getResponse(), publicUrl, location);
    }
  }
}
