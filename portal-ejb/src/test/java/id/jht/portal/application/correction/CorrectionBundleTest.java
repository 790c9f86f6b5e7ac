package id.jht.portal.application.correction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.model.correction.CorrectionKind;
import id.jht.portal.domain.model.correction.CorrectionState;
import id.jht.portal.testsupport.Bundles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The correction bundles against the code and pages that name their keys: a text for every key
 * named, for every state of both kinds, and the decision mails of both kinds (the conventions every
 * bundle keeps: {@code BundleConventionsTest}).
 */
class CorrectionBundleTest {

  private static final Pattern KEY_NAMED = Pattern.compile("[\"'](correction\\.[A-Za-z.]+)[\"']");
  private static final List<Path> SOURCES =
      List.of(
          Path.of("src/main/java/id/jht/portal/application/correction"),
          Path.of("../portal-web/src/main/java/id/jht/portal/interfaces/web/correction"),
          Path.of("../portal-web/src/main/java/id/jht/portal/interfaces/web/booking"),
          Path.of("../portal-web/src/main/java/id/jht/portal/interfaces/web/claim"),
          Path.of("../portal-web/src/main/webapp/staff/corrections"),
          Path.of("../portal-web/src/main/webapp/claim"));

  @Test
  void everyKeyNamedInTheCodeOrPagesHasAText() throws IOException {
    Properties id = Bundles.load("correction", "id");
    // The field refusals of the domain live in the domain bundle (DomainBundleTest).
    Properties domain = Bundles.load("domain", "id");
    Set<String> named = Bundles.wholeKeysNamedIn(KEY_NAMED, SOURCES);
    assertTrue(named.size() > 30, "keys found: " + named.size());
    for (String key : named) {
      assertTrue(Bundles.hasTextOrMail(id, key) || domain.containsKey(key), "no text for " + key);
    }
  }

  @Test
  void everyStateKindAndDecisionHasItsTexts() throws IOException {
    Properties id = Bundles.load("correction", "id");
    List<String> states = Bundles.names(CorrectionState.values());
    Bundles.assertLabelled(id, "correction.state.", states);
    Bundles.assertLabelled(id, "correction.identity.state.", states);
    Bundles.assertLabelled(id, "correction.kind.", Bundles.names(CorrectionKind.values()));
    for (String mail :
        List.of(
            "correction.mail.accepted",
            "correction.mail.refused",
            "correction.mail.identity.accepted",
            "correction.mail.identity.refused",
            "correction.mail.identity.received")) {
      assertTrue(id.containsKey(mail + ".subject") && id.containsKey(mail + ".body"), mail);
    }
  }
}
