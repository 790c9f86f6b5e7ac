package id.jht.portal.application.claim;

import id.jht.portal.domain.model.claim.EligibilityPolicy;
import id.jht.portal.domain.model.claim.EligibilityRules;
import id.jht.portal.infrastructure.document.DocumentInspector;
import id.jht.portal.infrastructure.document.DocumentStore;
import id.jht.portal.infrastructure.document.ThumbnailMaker;
import id.jht.portal.infrastructure.document.UploadLimits;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configurable rules (regulations change) and the document store, built once from MicroProfile
 * Config with the defaults of the domain notes.
 */
@ApplicationScoped
public class ClaimConfiguration {

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
    UploadLimits defaults = UploadLimits.defaults();
    inspector =
        new DocumentInspector(
            new UploadLimits(
                maxUploadBytes,
                defaults.minWidth(),
                defaults.minHeight(),
                defaults.maxPixels(),
                defaults.maxPdfPages()));
    rules =
        new EligibilityRules(
            EligibilityPolicy.defaults()
                .withRetirementAge(retirementAge)
                .withPartialClaimMinimumMembershipYears(partialMinimumYears)
                .withNpwpThresholdRupiah(npwpThreshold));
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
