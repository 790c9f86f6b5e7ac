package id.jht.portal.application.verification;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The types a stored document is served with, and the file name it is served under: generated from
 * the document's id and slot only, so nothing the participant typed reaches a response header.
 */
public final class DocumentFileNames {

  private static final Map<String, String> EXTENSIONS =
      Map.of("image/jpeg", "jpg", "image/png", "png", "application/pdf", "pdf");

  private DocumentFileNames() {}

  /** Whether documents of this type may be shown inline (the types the upload check accepts). */
  public static boolean servable(String contentType) {
    return contentType != null && EXTENSIONS.containsKey(contentType);
  }

  /** For example {@code dokumen-42-savings-book.jpg}; empty for a type that is not servable. */
  public static Optional<String> fileName(
      long documentId, String documentType, String contentType) {
    if (!servable(contentType)) {
      return Optional.empty();
    }
    String slot =
        documentType == null
            ? "file"
            : documentType.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return Optional.of("dokumen-" + documentId + "-" + slot + "." + EXTENSIONS.get(contentType));
  }
}
