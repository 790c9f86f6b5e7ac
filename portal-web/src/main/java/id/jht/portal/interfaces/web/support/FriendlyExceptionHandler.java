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
 *   <li>A request that failed for want of the database (no pool connection within the wait, or none
 *       can be made): for Ajax the error page, whose "try again" opens the page that failed; for a
 *       whole page HTTP 503 with {@code Retry-After} and the error page with its retry link, and
 *       one log line: a busy or restarting database is neither the client's doing nor a bug.
 *   <li>A view state the server does not know (expired, forged, another session's, or {@code
 *       stateless} on a page that keeps state): HTTP 400 with the friendly "session ended" page, in
 *       the staff's words on staff pages, and one log line without a stack trace: this is the
 *       client's doing, not the portal's failure.
 *   <li>Any other failure of an Ajax request: Mojarra would answer with the exception's class and
 *       message; instead the browser is sent to the error page, whose "try again" opens the page
 *       that failed, and the log gets the stack trace under an incident number.
 * </ul>
 *
 * Other failures of full-page requests are left to the container's error page (500).
 */
public class FriendlyExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(FriendlyExceptionHandler.class.getName());

  /** About a pool's wait and a database's restart: long enough to matter, short to a person. */
  private static final String RETRY_AFTER_SECONDS = "5";

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
      boolean ajax = context.getPartialViewContext().isAjaxRequest();
      if (answered) {
        events.remove();
      } else if (DatabaseUnavailable.caused(failure)
          && (ajax || !context.getExternalContext().isResponseCommitted())) {
        // First: a post whose page reads the draft as its view is restored fails in RESTORE_VIEW,
        // and is no view-state problem. A busy or restarting database is not the client's doing
        // nor a bug: one line, no stack trace (a crowd would write thousands).
        events.remove();
        answered = true;
        LOG.warning(
            "A request to "
                + context.getExternalContext().getRequestServletPath()
                + " failed for want of the database: "
                + DatabaseUnavailable.reason(failure));
        if (ajax) {
          redirect(context, ErrorPage.retryingFrom(context.getExternalContext()));
        } else {
          serviceUnavailable(context);
        }
      } else if (isViewStateProblem(context, event)) {
        events.remove();
        answered = true;
        refuseViewState(context);
      } else if (ajax) {
        events.remove();
        answered = true;
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Ajax request failed, incident " + incident, failure);
        redirect(context, ErrorPage.retryingFrom(context.getExternalContext()));
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

  /** 503 through the container's error page, which keeps the failed address for its retry link. */
  private static void serviceUnavailable(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    external.setResponseHeader("Retry-After", RETRY_AFTER_SECONDS);
    try {
      external.responseSendError(503, null);
    } catch (IOException clientGone) {
      // nothing left to answer
    }
    context.responseComplete();
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
