package id.jht.portal.interfaces.web.support;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a client sees when a Faces request fails, and what the log gets.
 *
 * <ul>
 *   <li>A view state the server does not know (expired, forged, another session's, or {@code
 *       stateless} on a page that keeps state): HTTP 400 with the friendly "session ended" page, in
 *       the staff's words on staff pages, and one log line without a stack trace: this is the
 *       client's doing, not the portal's failure.
 *   <li>Any other failure of an Ajax request: Mojarra would answer with the exception's class and
 *       message; instead the browser is sent to the error page and the log gets the stack trace
 *       under an incident number.
 * </ul>
 *
 * Failures of full-page requests other than view states are left to the container's error page.
 */
public class FriendlyExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(FriendlyExceptionHandler.class.getName());

  public FriendlyExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    boolean answered = false;
    while (events.hasNext()) {
      ExceptionQueuedEventContext event = events.next().getContext();
      Throwable failure = event.getException();
      if (answered) {
        events.remove();
      } else if (isViewStateProblem(context, event)) {
        events.remove();
        answered = true;
        refuseViewState(context);
      } else if (context.getPartialViewContext().isAjaxRequest()) {
        events.remove();
        answered = true;
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Ajax request failed, incident " + incident, failure);
        redirect(context, "/error/error.xhtml");
      }
    }
    getWrapped().handle();
  }

  /** 400 with the friendly page; for Ajax a redirect to it, the only answer a page can show. */
  static void refuseViewState(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    LOG.warning(
        "Refused a post with an unknown, expired or forged view state to "
            + external.getRequestServletPath());
    boolean staff = ErrorPage.isStaffPath(external.getRequestServletPath());
    if (context.getPartialViewContext().isAjaxRequest()) {
      redirect(context, "/error/expired.xhtml" + (staff ? "?staff=true" : ""));
      return;
    }
    try {
      external.responseSendError(400, null);
    } catch (IOException clientGone) {
      // nothing left to answer
    }
    context.responseComplete();
  }

  /**
   * Expired, or any failure to restore the view a post names: its view state is unknown here,
   * forged, another session's, or "stateless" for a page that keeps state (Mojarra cannot rebuild
   * such a view from nothing).
   */
  private static boolean isViewStateProblem(
      FacesContext context, ExceptionQueuedEventContext event) {
    if (event.getPhaseId() == PhaseId.RESTORE_VIEW && context.isPostback()) {
      return true;
    }
    for (Throwable t = event.getException(); t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  private static void redirect(FacesContext context, String page) {
    ExternalContext external = context.getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + page);
    } catch (IOException clientGone) {
      // nothing left to answer
    }
    context.responseComplete();
  }
}
