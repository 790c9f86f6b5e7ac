package id.jht.portal.interfaces.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs what must reach the response's headers at the last moment they can still change: just before
 * a redirect, an error, the first byte of the body, or at the end of the request. A cookie that
 * changes several times while a request is handled (the participant's pass) is so written once,
 * with its final value, and what a request leaves for the next page (its messages) can be taken
 * after the last action that adds to it, even when the redirect is an Ajax answer whose body
 * commits the response. Registered in web.xml after {@link PublicRedirectFilter}, so that its
 * wrapper is the one Faces and servlets see.
 */
public class BeforeCommitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String ATTRIBUTE = BeforeCommitFilter.class.getName();

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    LastMoment response = new LastMoment(res);
    req.setAttribute(ATTRIBUTE, response);
    try {
      chain.doFilter(req, response);
    } finally {
      req.removeAttribute(ATTRIBUTE);
      response.arrive();
    }
  }

  /**
   * Runs {@code action} once, just before the response's headers go; at once when that moment has
   * passed or the request did not come through this filter.
   */
  public static void beforeCommit(HttpServletRequest request, Runnable action) {
    if (request.getAttribute(ATTRIBUTE) instanceof LastMoment response && !response.arrived) {
      response.actions.add(action);
    } else {
      action.run();
    }
  }

  private static final class LastMoment extends HttpServletResponseWrapper {

    private final List<Runnable> actions = new ArrayList<>();
    private boolean arrived;

    LastMoment(HttpServletResponse response) {
      super(response);
    }

    /** Runs the waiting actions, in the order they came (an action may add another). */
    void arrive() {
      for (int i = 0; i < actions.size(); i++) {
        actions.get(i).run();
      }
      actions.clear();
      arrived = true;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      arrive();
      super.sendRedirect(location);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      arrive();
      super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
      arrive();
      super.sendError(status);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      arrive();
      return super.getWriter();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      arrive();
      return super.getOutputStream();
    }

    @Override
    public void flushBuffer() throws IOException {
      arrive();
      super.flushBuffer();
    }
  }
}
