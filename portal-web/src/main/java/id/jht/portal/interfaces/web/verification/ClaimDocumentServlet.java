package id.jht.portal.interfaces.web.verification;

import id.jht.portal.application.verification.ClaimReviewService;
import id.jht.portal.application.verification.DocumentFile;
import id.jht.portal.interfaces.web.support.StaffDocumentServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;

/**
 * Serves a claim's document inline to staff who may work the claim's branch, the only way a stored
 * document reaches a browser. Under {@code /staff/}: the container asks anyone not signed in to
 * sign in first; the branch is checked by the application layer (403 and an audit line otherwise).
 * The answer keeps the type found at upload, may not be sniffed into something else, carries a
 * generated file name, and is kept by no cache.
 */
@WebServlet("/staff/claims/document")
public class ClaimDocumentServlet extends StaffDocumentServlet {

  private static final long serialVersionUID = 1L;

  @Inject ClaimReviewService reviews;

  @Override
  protected Optional<DocumentFile> find(long documentId, String clientAddress) {
    return reviews.document(documentId, clientAddress);
  }
}
