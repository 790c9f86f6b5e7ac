package id.jht.portal.interfaces.web.verification;

import id.jht.portal.application.verification.ClaimReviewService;
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
 * Serves a claim's document inline to staff who may work the claim's branch, the only way a stored
 * document reaches a browser. Under {@code /staff/}: the container asks anyone not signed in to
 * sign in first; the branch is checked by the application layer (403 and an audit line otherwise).
 * The answer keeps the type found at upload, may not be sniffed into something else, carries a
 * generated file name, and is kept by no cache.
 */
@WebServlet("/staff/claims/document")
public class ClaimDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject ClaimReviewService reviews;
  @Inject ClientAddress clientAddress;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long documentId;
    try {
      documentId = Long.parseLong(String.valueOf(req.getParameter("id")));
    } catch (NumberFormatException notAnId) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<DocumentFile> found;
    try {
      found = reviews.document(documentId, clientAddress.get());
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
