package id.jht.portal.interfaces.web.claim;

import id.jht.portal.infrastructure.upload.ChunkRefusedException;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/**
 * What a refused chunked upload hands the slot's upload listener in place of a file, so the refusal
 * is answered at the slot like any other (it carries no bytes).
 *
 * @param fileName the name the browser sent, for the message only
 * @param reason why the chunks were refused
 */
record RefusedChunkedUpload(String fileName, ChunkRefusedException.Reason reason)
    implements UploadedFile, Serializable {

  @Override
  public String getFileName() {
    return fileName;
  }

  @Override
  public String getWebkitRelativePath() {
    return null;
  }

  @Override
  public InputStream getInputStream() {
    return new ByteArrayInputStream(new byte[0]);
  }

  @Override
  public byte[] getContent() {
    return new byte[0];
  }

  @Override
  public String getContentType() {
    return "application/octet-stream";
  }

  @Override
  public long getSize() {
    return 0;
  }

  @Override
  public File write(String filePath) {
    throw new UnsupportedOperationException("a refused upload has no content");
  }

  @Override
  public void delete() {
    // nothing was kept
  }
}
