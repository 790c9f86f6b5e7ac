package id.jht.portal.interfaces.web.support;

import java.io.IOException;
import java.io.InputStream;
import org.primefaces.model.file.UploadedFile;

/**
 * Hands a PrimeFaces upload to the application layer, which takes plain values: the file's name and
 * declared type as the browser sent them, and its content, closed once the service is done with it.
 */
public final class UploadedFiles {

  private UploadedFiles() {}

  /** An application call that receives one upload. */
  @FunctionalInterface
  public interface Receiver<T> {
    T receive(String fileName, String declaredContentType, InputStream content) throws IOException;
  }

  /** The receiver's answer; an IOException when the upload could not be read to its end. */
  public static <T> T send(UploadedFile file, Receiver<T> receiver) throws IOException {
    try (InputStream content = file.getInputStream()) {
      return receiver.receive(file.getFileName(), file.getContentType(), content);
    }
  }
}
