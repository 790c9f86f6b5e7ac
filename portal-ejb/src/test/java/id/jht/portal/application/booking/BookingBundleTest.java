package id.jht.portal.application.booking;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.model.claim.ClaimStatus;
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
 * The booking bundles against the code: a text for every key the code names, and a label for every
 * claim status and timeline stage (the conventions every bundle keeps: {@code
 * BundleConventionsTest}).
 */
class BookingBundleTest {

  private static final Pattern KEY_IN_CODE = Pattern.compile("\"(booking\\.[A-Za-z.]+[A-Za-z])\"");
  private static final List<Path> SOURCES =
      List.of(
          Path.of("src/main/java/id/jht/portal/application/booking"),
          Path.of("../portal-web/src/main/java/id/jht/portal/interfaces/web/booking"));

  @Test
  void everyKeyTheCodeNamesHasAText() throws IOException {
    Properties id = Bundles.load("booking", "id");
    Set<String> named =
        Bundles.keysNamedIn(KEY_IN_CODE, SOURCES, f -> f.toString().endsWith(".java"));
    assertTrue(named.size() > 20, "the scan found the code's keys: " + named);
    for (String key : named) {
      assertTrue(id.containsKey(key), "missing text for " + key);
    }
    for (String kind : List.of("confirmed", "rescheduled")) {
      assertTrue(id.containsKey("booking.mail." + kind + ".subject"), kind);
      assertTrue(id.containsKey("booking.mail." + kind + ".intro"), kind);
    }
    for (String point : ConfirmationTexts.PREPARE) {
      assertTrue(id.containsKey("booking.prepare." + point), point);
    }
  }

  @Test
  void everyStatusAndStageHasALabel() throws IOException {
    Properties id = Bundles.load("booking", "id");
    Bundles.assertLabelled(id, "booking.claimStatus.", Bundles.names(ClaimStatus.values()));
    List<String> stages = TimelineEvents.TYPES;
    Bundles.assertLabelled(id, "booking.event.", stages);
    assertTrue(stages.containsAll(Timeline.MAIN_PATH));
  }
}
