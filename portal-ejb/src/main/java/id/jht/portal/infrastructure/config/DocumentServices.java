package id.jht.portal.infrastructure.config;

import id.jht.portal.infrastructure.document.DocumentInspector;
import id.jht.portal.infrastructure.document.DocumentStore;
import id.jht.portal.infrastructure.document.LocalDocumentStorage;
import id.jht.portal.infrastructure.document.MalwareScanner;
import id.jht.portal.infrastructure.document.ThumbnailMaker;
import id.jht.portal.infrastructure.document.UploadLimits;
import id.jht.portal.infrastructure.malware.ClamdScanner;
import id.jht.portal.infrastructure.receipt.ReceiptRenderer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The document store, the malware scanner and the upload inspector, built once from MicroProfile
 * Config; each producer's bean also answers for the application's port the class implements ({@code
 * DocumentStorage}, {@code UploadInspection}, {@code Thumbnails}, {@code ReceiptPrinter}).
 */
@ApplicationScoped
public class DocumentServices {

  private static final Logger LOG = Logger.getLogger(DocumentServices.class.getName());
  private static final Duration CLAMD_CONNECT_TIMEOUT = Duration.ofSeconds(3);

  /** Unset (the embedded demo run): no scanning, said once in the start-up log. */
  @Inject
  @ConfigProperty(name = "portal.clamd.host")
  Optional<String> clamdHost;

  @Inject
  @ConfigProperty(name = "portal.clamd.port", defaultValue = "3310")
  int clamdPort;

  @Inject
  @ConfigProperty(name = "portal.clamd.timeout-seconds", defaultValue = "30")
  int clamdTimeoutSeconds;

  @Inject
  @ConfigProperty(name = "portal.documents.dir")
  String documentsDir;

  @Inject
  @ConfigProperty(name = "portal.upload.max-bytes", defaultValue = "6291456")
  long maxUploadBytes;

  private DocumentStore store;
  private LocalDocumentStorage storage;
  private DocumentInspector inspector;
  private MalwareScanner scanner;

  @PostConstruct
  void init() {
    try {
      store = new DocumentStore(Path.of(documentsDir));
      Path incoming = Files.createDirectories(Path.of(documentsDir).resolve(".incoming"));
      storage = new LocalDocumentStorage(store, incoming);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the document store at " + documentsDir, e);
    }
    scanner =
        clamdHost
            .filter(host -> !host.isBlank())
            .<MalwareScanner>map(
                host ->
                    new ClamdScanner(
                        host.strip(),
                        clamdPort,
                        CLAMD_CONNECT_TIMEOUT,
                        Duration.ofSeconds(clamdTimeoutSeconds)))
            .orElse(MalwareScanner.DISABLED);
    UploadLimits defaults = UploadLimits.defaults();
    inspector =
        new DocumentInspector(
            new UploadLimits(
                maxUploadBytes,
                defaults.minWidth(),
                defaults.minHeight(),
                defaults.maxPixels(),
                defaults.maxPdfPages()),
            scanner);
  }

  /** Built at start-up, so the log says at once whether uploads are scanned. */
  void announceScanning(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (scanner.enabled()) {
      LOG.info("Uploads are scanned for malware by " + scanner.describe());
    } else {
      LOG.warning(
          "Malware scanning is OFF: PORTAL_CLAMD_HOST is not set, uploads are not scanned for"
              + " viruses (acceptable for the embedded demo only)");
    }
  }

  @Produces
  public MalwareScanner malwareScanner() {
    return scanner;
  }

  @Produces
  public DocumentStore documentStore() {
    return store;
  }

  /** The store with its work directory, as the application's {@code DocumentStorage}. */
  @Produces
  public LocalDocumentStorage documentStorage() {
    return storage;
  }

  @Produces
  public DocumentInspector documentInspector() {
    return inspector;
  }

  @Produces
  public ThumbnailMaker thumbnailMaker() {
    return new ThumbnailMaker();
  }

  @Produces
  public ReceiptRenderer receiptRenderer() {
    return new ReceiptRenderer();
  }
}
