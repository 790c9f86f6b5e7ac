package id.jht.portal.application.verification;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.model.claim.ClaimStatus;
import id.jht.portal.domain.model.claim.ReviewStatus;
import id.jht.portal.testsupport.Bundles;
import id.jht.portal.testsupport.TimelineEvents;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The verification bundles against the code and page that name their keys: a text for every key
 * named (a mail's key names its subject and body), every claim state and every timeline event (the
 * conventions every bundle keeps: {@code BundleConventionsTest}).
 */
class VerificationBundleTest {

  private static final Pattern KEY_NAMED = Pattern.compile("[\"'](verification\\.[A-Za-z.]+)[\"']");
  private static final List<Path> SOURCES =
      List.of(
          Path.of("src/main/java/id/jht/portal/application/verification"),
          Path.of("../portal-web/src/main/java/id/jht/portal/interfaces/web/verification"),
          Path.of("../portal-web/src/main/webapp/staff/claims"));

  @Test
  void everyKeyNamedInTheCodeOrPageHasAText() throws IOException {
    Properties id = Bundles.load("verification", "id");
    Set<String> named = Bundles.wholeKeysNamedIn(KEY_NAMED, SOURCES);
    assertTrue(named.size() > 30, "keys found: " + named.size());
    for (String key : named) {
      assertTrue(Bundles.hasTextOrMail(id, key), "no text for " + key);
    }
  }

  @Test
  void everyClaimStateAndTimelineEventHasALabel() throws IOException {
    Properties id = Bundles.load("verification", "id");
    Bundles.assertLabelled(id, "verification.status.", Bundles.names(ClaimStatus.values()));
    Bundles.assertLabelled(id, "verification.event.", TimelineEvents.TYPES);
    Bundles.assertLabelled(id, "verification.review.", Bundles.names(ReviewStatus.values()));
  }
}
