package id.jht.portal.application.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Checks an upload by its content (type, size, structure, malware) before anything keeps it. */
public interface UploadInspection {

  /**
   * Spools {@code content} into a new file in {@code workDir} and inspects it.
   *
   * @param originalFileName the name the browser sent; only shown back
   * @param declaredContentType the Content-Type the browser sent; not used for the decision
   * @param content the upload body, not closed
   * @return {@link InspectionResult.Accepted} with the spooled file, which the caller then owns, or
   *     {@link InspectionResult.Rejected}, in which case nothing is left in {@code workDir}
   * @throws IOException if the body cannot be read (the client went away) or the work directory
   *     cannot be written
   */
  InspectionResult inspect(
      String originalFileName, String declaredContentType, InputStream content, Path workDir)
      throws IOException;
}
