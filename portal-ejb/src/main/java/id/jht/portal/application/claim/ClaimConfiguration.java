package id.jht.portal.application.claim;

import id.jht.portal.application.document.DocumentStorage;
import id.jht.portal.domain.model.claim.EligibilityPolicy;
import id.jht.portal.domain.model.claim.EligibilityRules;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configurable rules (regulations change), built once from MicroProfile Config with the
 * defaults of the domain notes. The document services are built in {@code infrastructure.config}.
 */
@ApplicationScoped
public class ClaimConfiguration {

  @Inject
  @ConfigProperty(name = "portal.eligibility.retirement-age", defaultValue = "56")
  int retirementAge;

  @Inject
  @ConfigProperty(name = "portal.eligibility.partial-min-years", defaultValue = "10")
  int partialMinimumYears;

  @Inject
  @ConfigProperty(name = "portal.eligibility.npwp-threshold", defaultValue = "50000000")
  long npwpThreshold;

  @Inject DocumentStorage storage;

  private EligibilityRules rules;

  @PostConstruct
  void init() {
    rules =
        new EligibilityRules(
            EligibilityPolicy.defaults()
                .withRetirementAge(retirementAge)
                .withPartialClaimMinimumMembershipYears(partialMinimumYears)
                .withNpwpThresholdRupiah(npwpThreshold));
  }

  @Produces
  public EligibilityRules eligibilityRules() {
    return rules;
  }

  /**
   * Where uploads are inspected before they are stored (same file system: atomic moves); the same
   * as {@link DocumentStorage#workDir()}, kept for the correction evidence's upload.
   */
  public Path incomingDir() {
    return storage.workDir();
  }
}
