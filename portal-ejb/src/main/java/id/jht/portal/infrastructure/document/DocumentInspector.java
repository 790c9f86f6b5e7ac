package id.jht.portal.infrastructure.document;

import id.jht.portal.application.document.DetectedType;
import id.jht.portal.application.document.InspectionResult;
import id.jht.portal.application.document.RejectionReason;
import id.jht.portal.application.document.UploadInspection;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Decides whether an uploaded file is a claim document the portal accepts, judging by its content
 * only: the name and the Content-Type a browser sends are chosen by the client and prove nothing.
 *
 * <p>Order of the checks: size (while streaming, so an oversized body is never read to its end),
 * type detected from the bytes, then the checks of the type ({@link ImageInspector}, {@link
 * PdfInspector}), and last the {@link MalwareScanner}: only a file that is a readable document is
 * worth the scanner's time. The name's extension plays no part: a phone user cannot rename a PNG
 * that the gallery called "foto.jpg", so an allowed content is accepted as what it is and its
 * display name gets the extension of that content ({@link FileNameSanitizer#forType}). An accepted
 * image leaves without its metadata (position, device serial: {@link MetadataStripper}). Immutable
 * and safe to share between threads.
 */
public final class DocumentInspector implements UploadInspection {

  private static final System.Logger LOG = System.getLogger(DocumentInspector.class.getName());
  private static final int MAX_LOGGED_CONTENT_TYPE = 80;

  private final UploadLimits limits;
  private final Detector detector;
  private final MediaTypeRegistry mediaTypes;
  private final ImageInspector images;
  private final PdfInspector pdfs;
  private final MalwareScanner scanner;

  /** An inspector with {@link UploadLimits#defaults()}. */
  public DocumentInspector() {
    this(UploadLimits.defaults());
  }

  /** An inspector that does not scan for malware (the unit tests of the content checks). */
  public DocumentInspector(UploadLimits limits) {
    this(limits, MalwareScanner.DISABLED);
  }

  public DocumentInspector(UploadLimits limits, MalwareScanner scanner) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.scanner = Objects.requireNonNull(scanner, "scanner");
    TikaConfig tika = TikaConfig.getDefaultConfig();
    this.detector = tika.getDetector();
    this.mediaTypes = tika.getMediaTypeRegistry();
    this.images = new ImageInspector(limits);
    this.pdfs = new PdfInspector(limits);
  }

  public UploadLimits limits() {
    return limits;
  }

  /**
   * Spools {@code content} into a new file in {@code workDir} and inspects it.
   *
   * @param originalFileName the name the browser sent; only shown back, with the extension of the
   *     detected type when accepted
   * @param declaredContentType the Content-Type the browser sent; deliberately not used for the
   *     decision (a renamed web page arrives as "image/jpeg" just as easily)
   * @param content the upload body; read at most to one byte past the size limit, not closed
   * @param workDir directory for the spooled file, created if missing; should not be served
   * @return {@link InspectionResult.Accepted} with the spooled file, which the caller then owns, or
   *     {@link InspectionResult.Rejected}, in which case nothing is left in {@code workDir}
   * @throws IOException if the body cannot be read (the client went away) or the work directory
   *     cannot be written; the spooled file is removed then too
   */
  @Override
  public InspectionResult inspect(
      String originalFileName, String declaredContentType, InputStream content, Path workDir)
      throws IOException {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(workDir, "workDir");
    String displayName = FileNameSanitizer.forDisplay(originalFileName);

    Optional<UploadSpooler.Spooled> spooled =
        UploadSpooler.spool(content, workDir, limits.maxBytes());
    if (spooled.isEmpty()) {
      return rejected(displayName, RejectionReason.TOO_LARGE, new FileSize(limits.maxBytes()));
    }
    UploadSpooler.Spooled upload = spooled.get();
    boolean accepted = false;
    try {
      InspectionResult result = judge(upload, originalFileName, declaredContentType, displayName);
      accepted = result instanceof InspectionResult.Accepted;
      return result;
    } finally {
      if (!accepted) {
        Files.deleteIfExists(upload.file());
      }
    }
  }

  private InspectionResult judge(
      UploadSpooler.Spooled upload,
      String originalFileName,
      String declaredContentType,
      String displayName)
      throws IOException {
    if (upload.sizeBytes() == 0) {
      return rejected(displayName, RejectionReason.EMPTY);
    }
    MediaType detected = detect(upload.file());
    logDeclaredMismatch(declaredContentType, detected);
    DetectedType type = DetectedType.ofMediaType(detected.getBaseType().toString());
    if (type == null) {
      return rejected(
          displayName,
          RejectionReason.WRONG_FORMAT,
          ContentCategory.describe(detected, mediaTypes));
    }
    Finding finding =
        type == DetectedType.PDF
            ? pdfs.inspect(upload.file())
            : images.inspect(upload.file(), type);
    if (finding instanceof Finding.Failed failed) {
      return new InspectionResult.Rejected(failed.reason(), displayName, failed.details());
    }
    Optional<InspectionResult.Rejected> malware = scanForMalware(upload.file(), displayName);
    if (malware.isPresent()) {
      return malware.get();
    }
    Finding.Passed passed = (Finding.Passed) finding;
    // Only after every check passed, so the checks judged the bytes as they came.
    UploadSpooler.Spooled kept =
        MetadataStripper.strip(upload.file(), type) ? UploadSpooler.measure(upload.file()) : upload;
    return new InspectionResult.Accepted(
        upload.file(),
        type,
        kept.sizeBytes(),
        kept.sha256Hex(),
        passed.width(),
        passed.height(),
        passed.pageCount(),
        FileNameSanitizer.forType(originalFileName, type));
  }

  /** A detection or a scanner that cannot answer refuses the file (fail closed). */
  private Optional<InspectionResult.Rejected> scanForMalware(Path file, String displayName) {
    MalwareScanner.Verdict verdict = scanner.scan(file);
    if (verdict instanceof MalwareScanner.Verdict.Infected infected) {
      LOG.log(Level.WARNING, "Upload refused: malware {0} found", infected.signature());
      return Optional.of(rejected(displayName, RejectionReason.INFECTED, infected.signature()));
    }
    if (verdict instanceof MalwareScanner.Verdict.Unavailable unavailable) {
      LOG.log(
          Level.WARNING,
          "Upload refused: the malware scanner ({0}) did not answer: {1}",
          scanner.describe(),
          unavailable.why());
      return Optional.of(rejected(displayName, RejectionReason.SCAN_UNAVAILABLE));
    }
    return Optional.empty();
  }

  /** Detection from the bytes alone: no name in the metadata, so no guessing from extensions. */
  private MediaType detect(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return detector.detect(in, new Metadata());
    }
  }

  private static InspectionResult.Rejected rejected(
      String displayName, RejectionReason reason, Object... details) {
    return new InspectionResult.Rejected(reason, displayName, List.of(details));
  }

  private static void logDeclaredMismatch(String declaredContentType, MediaType detected) {
    if (declaredContentType != null
        && !declaredContentType.isBlank()
        && !declaredContentType.startsWith(detected.getBaseType().toString())
        && LOG.isLoggable(Level.DEBUG)) {
      // Only the types: file names may contain identity numbers and must not be logged.
      LOG.log(
          Level.DEBUG,
          "Upload declared as {0} but contains {1}",
          printable(declaredContentType),
          detected);
    }
  }

  /** A client-chosen header made safe for a log line: short, no controls, no long numbers. */
  private static String printable(String header) {
    String shortened =
        header.length() > MAX_LOGGED_CONTENT_TYPE
            ? header.substring(0, MAX_LOGGED_CONTENT_TYPE)
            : header;
    // Long digit runs could be an identity number typed into a crafted header.
    return shortened.replaceAll("[^\\w./+;= -]", "?").replaceAll("\\d{5,}", "#");
  }
}
