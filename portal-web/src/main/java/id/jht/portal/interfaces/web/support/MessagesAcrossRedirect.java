package id.jht.portal.interfaces.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Keeps a request's messages for the page it redirects to (post, redirect, get), in the HTTP
 * session. Used instead of the Faces flash, which Mojarra keeps in the memory of the node that
 * wrote it: when the redirected request reached the other node of the cluster, the post failed with
 * an error (measured with {@code scripts/cluster/test.sh}). The session is replicated.
 *
 * <p>Call {@link #keep()} during the request that redirects; the listener (registered in
 * faces-config.xml) saves the messages when that request completes and gives them to the next page
 * that renders in the same session.
 */
public class MessagesAcrossRedirect implements PhaseListener {

  private static final long serialVersionUID = 1L;
  private static final String KEEP = MessagesAcrossRedirect.class.getName() + ".keep";
  private static final String KEPT = MessagesAcrossRedirect.class.getName() + ".kept";

  /** A message and the component it belongs to (null: the page). */
  record Kept(String clientId, FacesMessage message) implements Serializable {}

  /** The messages of the current request go to the next rendered page of this session. */
  public static void keep() {
    FacesContext.getCurrentInstance().getAttributes().put(KEEP, Boolean.TRUE);
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.ANY_PHASE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    if (event.getPhaseId() != PhaseId.RENDER_RESPONSE) {
      return;
    }
    FacesContext context = event.getFacesContext();
    HttpSession session = (HttpSession) context.getExternalContext().getSession(false);
    if (session == null) {
      return;
    }
    Object kept = session.getAttribute(KEPT);
    if (kept instanceof List<?> messages) {
      session.removeAttribute(KEPT);
      for (Object item : messages) {
        if (item instanceof Kept message) {
          context.addMessage(message.clientId(), message.message());
        }
      }
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (!context.getResponseComplete() || !Boolean.TRUE.equals(context.getAttributes().get(KEEP))) {
      return;
    }
    context.getAttributes().remove(KEEP);
    List<Kept> messages = new ArrayList<>();
    for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
      String clientId = ids.next();
      context.getMessages(clientId).forEachRemaining(m -> messages.add(new Kept(clientId, m)));
    }
    if (!messages.isEmpty()) {
      ((HttpSession) context.getExternalContext().getSession(true)).setAttribute(KEPT, messages);
    }
  }
}
