package id.jht.portal.interfaces.web.correction;

import id.jht.portal.application.correction.CorrectionRequestService;
import id.jht.portal.application.verification.DocumentFile;
import id.jht.portal.application.verification.VerificationAccessDeniedException;
import id.jht.portal.interfaces.http.ClientAddress;
import id.jht.portal.interfaces.web.support.InlineDocument;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves a correction request's document (paklaring, e-KTP photo) inline, as the claim documents
 * are served: under {@code /staff/} so only signed-in staff reach it, the branch checked by the
 * application layer (403 and an audit line for another branch's request), the type found at upload,
 * a generated file name, no sniffing and no caching.
 */
@WebServlet("/staff/corrections/document")
public class CorrectionDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject CorrectionRequestService corrections;
  @Inject ClientAddress clientAddress;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long requestId;
    try {
      requestId = Long.parseLong(String.valueOf(req.getParameter("id")));
    } catch (NumberFormatException notAnId) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<DocumentFile> found;
    try {
      found = corrections.document(requestId, clientAddress.get());
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
