package id.jht.portal.interfaces.web.support;

import id.jht.portal.application.verification.DocumentFile;
import id.jht.portal.application.verification.VerificationAccessDeniedException;
import id.jht.portal.interfaces.http.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves one stored document, named by the {@code id} parameter, inline to signed-in staff. The
 * answer is the same for every kind of document: 404 for an id that is not a number or names
 * nothing, 403 when the application layer refuses the branch (it has written the audit line), else
 * the document as {@link InlineDocument} sends it. A subclass only says where the document is
 * found.
 */
public abstract class StaffDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject ClientAddress clientAddress;

  /**
   * The document with this id, as the application layer hands it to this client.
   *
   * @throws VerificationAccessDeniedException when the staff member may not see it
   */
  protected abstract Optional<DocumentFile> find(long id, String clientAddress);

  @Override
  protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long id;
    try {
      id = Long.parseLong(String.valueOf(req.getParameter("id")));
    } catch (NumberFormatException notAnId) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<DocumentFile> found;
    try {
      found = find(id, clientAddress.get());
    } catch (VerificationAccessDeniedException denied) {
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (found.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    InlineDocument.send(resp, found.get());
  }
}
