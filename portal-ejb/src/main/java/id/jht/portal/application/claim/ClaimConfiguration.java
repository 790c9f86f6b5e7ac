package id.jht.portal.application.claim;

import id.jht.portal.domain.model.claim.EligibilityPolicy;
import id.jht.portal.domain.model.claim.EligibilityRules;
import id.jht.portal.infrastructure.document.DocumentInspector;
import id.jht.portal.infrastructure.document.DocumentStore;
import id.jht.portal.infrastructure.document.MalwareScanner;
import id.jht.portal.infrastructure.document.ThumbnailMaker;
import id.jht.portal.infrastructure.document.UploadLimits;
import id.jht.portal.infrastructure.malware.ClamdScanner;
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
 * The configurable rules (regulations change), the document store and the malware scanner, built
 * once from MicroProfile Config with the defaults of the domain notes.
 */
@ApplicationScoped
public class ClaimConfiguration {

  private static final Logger LOG = Logger.getLogger(ClaimConfiguration.class.getName());
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

  @Inject
  @ConfigProperty(name = "portal.eligibility.retirement-age", defaultValue = "56")
  int retirementAge;

  @Inject
  @ConfigProperty(name = "portal.eligibility.partial-min-years", defaultValue = "10")
  int partialMinimumYears;

  @Inject
  @ConfigProperty(name = "portal.eligibility.npwp-threshold", defaultValue = "50000000")
  long npwpThreshold;

  private DocumentStore store;
  private DocumentInspector inspector;
  private MalwareScanner scanner;
  private Path incoming;
  private EligibilityRules rules;

  @PostConstruct
  void init() {
    try {
      store = new DocumentStore(Path.of(documentsDir));
      incoming = Files.createDirectories(Path.of(documentsDir).resolve(".incoming"));
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
    rules =
        new EligibilityRules(
            EligibilityPolicy.defaults()
                .withRetirementAge(retirementAge)
                .withPartialClaimMinimumMembershipYears(partialMinimumYears)
                .withNpwpThresholdRupiah(npwpThreshold));
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

  @Produces
  public DocumentInspector documentInspector() {
    return inspector;
  }

  @Produces
  public EligibilityRules eligibilityRules() {
    return rules;
  }

  @Produces
  public ThumbnailMaker thumbnailMaker() {
    return new ThumbnailMaker();
  }

  /** Where uploads are inspected before they are stored (same file system: atomic moves). */
  public Path incomingDir() {
    return incoming;
  }
}
