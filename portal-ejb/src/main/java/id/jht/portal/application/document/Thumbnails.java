package id.jht.portal.application.document;

import java.io.IOException;
import java.nio.file.Path;

/** Small previews of accepted documents. */
public interface Thumbnails {

  /**
   * A JPEG thumbnail of {@code file}, which holds content of {@code type}.
   *
   * @throws IOException if the file cannot be read or drawn; callers show a generic icon then
   */
  byte[] thumbnail(Path file, DetectedType type) throws IOException;
}
