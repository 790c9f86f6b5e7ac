package id.jht.portal.interfaces.http;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.FileItemHeaders;

/** One part of a body parsed by {@link MultipartFilter}, as the Servlet API describes a part. */
final class UploadedPart implements Part {

  private final DiskFileItem item;
  private final Path folder;

  UploadedPart(DiskFileItem item, Path folder) {
    this.item = item;
    this.folder = folder;
  }

  @Override
  public InputStream getInputStream() throws IOException {
    return item.getInputStream();
  }

  @Override
  public String getContentType() {
    return item.getContentType();
  }

  @Override
  public String getName() {
    return item.getFieldName();
  }

  @Override
  public String getSubmittedFileName() {
    return item.getName();
  }

  @Override
  public long getSize() {
    return item.getSize();
  }

  /** Writes the part to {@code fileName}; a relative name is taken in the parts' folder. */
  @Override
  public void write(String fileName) throws IOException {
    item.write(folder.resolve(fileName));
  }

  @Override
  public void delete() throws IOException {
    item.delete();
  }

  @Override
  public String getHeader(String name) {
    FileItemHeaders headers = item.getHeaders();
    return headers == null ? null : headers.getHeader(name);
  }

  @Override
  public Collection<String> getHeaders(String name) {
    FileItemHeaders headers = item.getHeaders();
    return headers == null ? List.of() : list(headers.getHeaders(name));
  }

  @Override
  public Collection<String> getHeaderNames() {
    FileItemHeaders headers = item.getHeaders();
    return headers == null ? List.of() : list(headers.getHeaderNames());
  }

  private static List<String> list(Iterator<String> values) {
    List<String> all = new ArrayList<>();
    values.forEachRemaining(all::add);
    return all;
  }
}
