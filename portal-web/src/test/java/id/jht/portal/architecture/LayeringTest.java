package id.jht.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.ClassesShould;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of {@code ../shared/ARCHITECTURE.md}, checked on the compiled classes of both
 * modules: domain, application, infrastructure, interfaces, with the arrows pointing inwards only,
 * no package cycle, and no persistence API in the application layer.
 *
 * <p>Every rule is strict: any violation fails the build. (Until issue 13's repositories and ports
 * landed, the application layer's persistence and infrastructure imports were frozen violations in
 * a store that shrank as they were mended; it is empty now and gone.)
 */
class LayeringTest {

  private static final String ROOT = "id.jht.portal";
  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    // A rule over classes it never saw holds vacuously: both modules must be in the import.
    for (String known :
        List.of(
            ROOT + ".domain.model.claim.Claim",
            ROOT + ".application.claim.ClaimSubmissionService",
            ROOT + ".infrastructure.time.PortalClock",
            ROOT + ".interfaces.web.claim.IdentityStepBean")) {
      assertTrue(classes.contain(known), known + " is not among the imported classes");
    }
  }

  @Test
  void theDomainDependsOnNoOtherLayer() {
    strict(
        noClassIn(".domain..")
            .dependOnClassesThat()
            .resideInAnyPackage(
                ROOT + ".application..", ROOT + ".infrastructure..", ROOT + ".interfaces.."));
  }

  @Test
  void theApplicationLayerReachesNeitherInfrastructureNorInterfaces() {
    strict(
        noClassIn(".application..")
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT + ".infrastructure..", ROOT + ".interfaces.."));
  }

  @Test
  void infrastructureNeverReachesInterfaces() {
    strict(
        noClassIn(".infrastructure..")
            .dependOnClassesThat()
            .resideInAPackage(ROOT + ".interfaces.."));
  }

  @Test
  void theApplicationLayerHoldsNoPersistenceApi() {
    strict(
        noClassIn(".application..")
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.Query")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.TypedQuery")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql.."));
  }

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    strict(slices().matching(ROOT + ".(**)").should().beFreeOfCycles());
  }

  /** The start of a rule that no class of a layer (its package pattern below the root) may ... */
  private static ClassesShould noClassIn(String layer) {
    return noClasses().that().resideInAPackage(ROOT + layer).should();
  }

  /** Any violation fails. */
  private static void strict(ArchRule rule) {
    rule.because("see ../shared/ARCHITECTURE.md").check(classes);
  }
}
