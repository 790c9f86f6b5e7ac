package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.claim.ClaimAccessDeniedException;
import id.jht.portal.application.claim.ClaimDocuments;
import id.jht.portal.domain.model.claim.DocumentType;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Previews of the participant's own uploads, through the application layer's ownership check:
 * stored files are never reachable by a URL of their own.
 */
@WebServlet("/claim/thumbnail")
public class DocumentThumbnailServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject ParticipantSession participant;
  @Inject ClaimDocuments documents;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!participant.isIdentified() || participant.getClaimId() == null) {
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    DocumentType type;
    try {
      type = DocumentType.valueOf(String.valueOf(req.getParameter("type")));
    } catch (IllegalArgumentException unknown) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<byte[]> thumbnail;
    try {
      thumbnail =
          documents.thumbnail(participant.getClaimId(), participant.getParticipantId(), type);
    } catch (ClaimAccessDeniedException e) {
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (thumbnail.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    resp.setContentType("image/jpeg");
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setContentLength(thumbnail.get().length);
    resp.getOutputStream().write(thumbnail.get());
  }
}
