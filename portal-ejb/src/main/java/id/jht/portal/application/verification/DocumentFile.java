package id.jht.portal.application.verification;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stored document opened for an authorised staff member; the caller streams and closes it.
 *
 * @param fileName a name the portal generates (no participant input), safe in a header
 * @param contentType the type found when the document was inspected at upload
 */
public record DocumentFile(String fileName, String contentType, long sizeBytes, InputStream content)
    implements AutoCloseable {

  @Override
  public void close() throws IOException {
    content.close();
  }
}
