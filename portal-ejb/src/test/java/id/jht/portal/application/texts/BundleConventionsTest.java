package id.jht.portal.application.texts;

import id.jht.portal.testsupport.Bundles;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conventions every feature bundle keeps, checked once for all of them: the same keys (all
 * under the bundle's prefix) and placeholders in Bahasa Indonesia and English, and plain ASCII
 * texts without apostrophes that format with sample arguments. Each feature's own bundle test
 * states only what is particular to it (the keys its code names, a label per status).
 */
class BundleConventionsTest {

  /** Each bundle with arguments its texts format with (numbers where a text formats a number). */
  static Stream<Arguments> bundles() {
    return Stream.of(
        Arguments.of("booking", new Object[] {2, 3, 4, 5, 6}),
        Arguments.of("correction", new Object[] {"A", "B", "C", "D", "E", "F", "G"}),
        Arguments.of("pending", new Object[] {"A", "B", "C"}),
        Arguments.of("pendingui", new Object[] {"a", "b", "c"}),
        Arguments.of("verification", new Object[] {"A", "B", "C", "D", "E", "F"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundles")
  void bothLanguagesHaveTheSameKeysAndPlaceholders(String bundle, Object[] sampleArgs)
      throws IOException {
    Bundles.assertSameKeysAndPlaceholders(bundle, bundle + ".");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundles")
  void textsArePlainAsciiWithoutApostrophesAndFormat(String bundle, Object[] sampleArgs)
      throws IOException {
    Bundles.assertPlainAsciiAndFormattable(bundle, sampleArgs);
  }
}
