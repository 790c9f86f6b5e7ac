package id.jht.portal.interfaces.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * Parses every multipart body of a page (uploads) with Apache Commons FileUpload and hands the
 * pages a {@link MultipartRequest} whose parameters and parts come from that parse, so that the
 * container never parses one. Payara 6.2025.10 keeps every part it parses reachable for ever: its
 * part registers a cleaner whose action refers to the part itself (payara/Payara#6324, fixed
 * upstream after the last 6.x release this build can use). That was 33 KB of heap per upload, a
 * node out of memory after a few thousand claims (bench/FINDINGS.md, "the container's multipart
 * parts"). The Faces servlet therefore has no multipart-config, and this filter has its limits
 * (init parameters in web.xml). Every part's temporary file is deleted when the request ends.
 */
public class MultipartFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(MultipartFilter.class.getName());

  private transient DiskFileItemFactory items;
  private transient Path folder;
  private long maxFileSize;
  private long maxRequestSize;

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    maxFileSize = Long.parseLong(config.getInitParameter("max-file-size"));
    maxRequestSize = Long.parseLong(config.getInitParameter("max-request-size"));
    folder = temporaryFolder(config.getServletContext());
    items =
        DiskFileItemFactory.builder()
            .setPath(folder)
            .setThreshold(Integer.parseInt(config.getInitParameter("file-size-threshold")))
            .get();
  }

  /** Where the container kept its parts: the web application's own temporary folder. */
  private static Path temporaryFolder(ServletContext context) {
    Object folder = context.getAttribute(ServletContext.TEMPDIR);
    return folder instanceof File file
        ? file.toPath()
        : Path.of(System.getProperty("java.io.tmpdir"));
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(req.getMethod()) || !JakartaServletFileUpload.isMultipartContent(req)) {
      chain.doFilter(req, res);
      return;
    }
    Charset charset = charsetOf(req);
    List<DiskFileItem> parts;
    try {
      parts = parser(charset).parseRequest(req);
    } catch (FileUploadSizeException tooLarge) {
      // Only absurd bodies: the inspector answers a file over the document limit at its slot.
      res.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    } catch (FileUploadException broken) {
      // Mostly a client that went away mid-upload; nobody reads the answer then.
      LOG.log(Level.FINE, "multipart body not read", broken);
      if (!res.isCommitted()) {
        res.sendError(HttpServletResponse.SC_BAD_REQUEST);
      }
      return;
    }
    try {
      chain.doFilter(new MultipartRequest(req, parts, charset, folder), res);
    } finally {
      for (DiskFileItem part : parts) {
        try {
          part.delete();
        } catch (IOException notDeleted) {
          LOG.log(Level.WARNING, "temporary upload file not deleted", notDeleted);
        }
      }
    }
  }

  /**
   * The body's declared charset, or UTF-8 (the pages' own) when it names none or one this JVM does
   * not know: a client's odd header is no reason for a 500.
   */
  static Charset charsetOf(HttpServletRequest req) {
    String declared = req.getCharacterEncoding();
    if (declared == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(declared);
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }

  private JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> parser(Charset charset) {
    JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> parser =
        new JakartaServletFileUpload<>(items);
    parser.setMaxFileSize(maxFileSize);
    parser.setMaxSize(maxRequestSize);
    parser.setHeaderCharset(charset);
    return parser;
  }
}
