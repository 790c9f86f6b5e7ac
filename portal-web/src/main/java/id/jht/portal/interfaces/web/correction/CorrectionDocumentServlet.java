package id.jht.portal.interfaces.web.correction;

import id.jht.portal.application.correction.CorrectionRequestService;
import id.jht.portal.application.verification.DocumentFile;
import id.jht.portal.interfaces.web.support.StaffDocumentServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;

/**
 * Serves a correction request's document (paklaring, e-KTP photo) inline, as the claim documents
 * are served: under {@code /staff/} so only signed-in staff reach it, the branch checked by the
 * application layer (403 and an audit line for another branch's request), the type found at upload,
 * a generated file name, no sniffing and no caching.
 */
@WebServlet("/staff/corrections/document")
public class CorrectionDocumentServlet extends StaffDocumentServlet {

  private static final long serialVersionUID = 1L;

  @Inject CorrectionRequestService corrections;

  @Override
  protected Optional<DocumentFile> find(long requestId, String clientAddress) {
    return corrections.document(requestId, clientAddress);
  }
}
