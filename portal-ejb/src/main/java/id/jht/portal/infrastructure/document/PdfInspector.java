package id.jht.portal.infrastructure.document;

import id.jht.portal.application.document.DetectedType;
import id.jht.portal.application.document.RejectionReason;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks a PDF: it must parse, must not be encrypted (officers could not open it, and encryption
 * hides the content from these checks), must stay within the page limit and must not carry scripts
 * or launch actions.
 */
final class PdfInspector {

  private final UploadLimits limits;

  PdfInspector(UploadLimits limits) {
    this.limits = limits;
  }

  Finding inspect(Path file) {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      if (document.isEncrypted()) {
        // Encrypted with an empty user password: PDFBox opened it, but it still is encrypted.
        return Finding.Failed.of(RejectionReason.ENCRYPTED);
      }
      int pages = document.getNumberOfPages();
      if (pages < 1) {
        return Finding.Failed.of(RejectionReason.BROKEN, DetectedType.PDF.label());
      }
      if (pages > limits.maxPdfPages()) {
        return Finding.Failed.of(RejectionReason.TOO_MANY_PAGES, pages, limits.maxPdfPages());
      }
      return switch (PdfActiveContentScanner.scan(document)) {
        case NONE -> new Finding.Passed(null, null, pages);
        case FOUND -> Finding.Failed.of(RejectionReason.ACTIVE_CONTENT);
        case TOO_COMPLEX -> Finding.Failed.of(RejectionReason.BROKEN, DetectedType.PDF.label());
      };
    } catch (InvalidPasswordException passwordNeeded) {
      return Finding.Failed.of(RejectionReason.ENCRYPTED);
    } catch (IOException | RuntimeException unparseable) {
      // PDFBox repairs what it can; what still fails is damaged beyond use.
      return Finding.Failed.of(RejectionReason.BROKEN, DetectedType.PDF.label());
    }
  }
}
