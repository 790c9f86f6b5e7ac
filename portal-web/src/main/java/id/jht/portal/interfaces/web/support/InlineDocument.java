package id.jht.portal.interfaces.web.support;

import id.jht.portal.application.verification.DocumentFile;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * How a stored document reaches a staff member's browser: inline, with the type found at upload and
 * never sniffed into another, under a name the portal generated, kept by no cache and framed only
 * by the portal's own pages.
 */
public final class InlineDocument {

  private InlineDocument() {}

  /** Streams the document and closes it. */
  public static void send(HttpServletResponse resp, DocumentFile document) throws IOException {
    try (DocumentFile file = document) {
      resp.setContentType(file.contentType());
      resp.setContentLengthLong(file.sizeBytes());
      resp.setHeader("X-Content-Type-Options", "nosniff");
      resp.setHeader("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"");
      resp.setHeader("Cache-Control", "private, no-store");
      resp.setHeader("X-Frame-Options", "SAMEORIGIN");
      file.content().transferTo(resp.getOutputStream());
    }
  }
}
