package id.jht.portal.application.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BookingCodeGeneratorTest {

  private final BookingCodeGenerator generator = new BookingCodeGenerator();

  @Test
  void theAlphabetHasThirtyOneDistinctCharactersWithoutLookAlikes() {
    String alphabet = BookingCodeGenerator.ALPHABET;
    assertEquals(31, alphabet.length());
    assertEquals(31, alphabet.chars().distinct().count());
    for (char ambiguous : "0O1IL".toCharArray()) {
      assertEquals(-1, alphabet.indexOf(ambiguous), "contains " + ambiguous);
    }
    assertTrue(alphabet.chars().allMatch(ch -> Character.isDigit(ch) || Character.isUpperCase(ch)));
  }

  @Test
  void aCodeCarriesAtLeastFortyRandomBits() {
    assertTrue(BookingCodeGenerator.entropyBits() >= 40, "" + BookingCodeGenerator.entropyBits());
    assertEquals(49.5, BookingCodeGenerator.entropyBits(), 0.1);
  }

  @Test
  void codesAreTenAlphabetCharactersAndDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 50_000; i++) {
      String code = generator.next();
      assertEquals(BookingCodeGenerator.LENGTH, code.length());
      assertTrue(BookingCode.parse(code).isPresent(), code);
      assertTrue(seen.add(code), "repeated " + code);
    }
  }

  /**
   * Every character is used about equally often: 300,000 draws give 9,677 per character on average;
   * a biased draw (e.g. a modulo over a power of two) would leave some near 7,000 or 14,000. The
   * bounds are over 25 standard deviations wide, so a fair generator never fails this.
   */
  @Test
  void everyCharacterIsDrawnAboutEquallyOften() {
    Map<Character, Integer> counts = new HashMap<>();
    for (int i = 0; i < 30_000; i++) {
      for (char ch : generator.next().toCharArray()) {
        counts.merge(ch, 1, Integer::sum);
      }
    }
    assertEquals(31, counts.size());
    counts.forEach((ch, n) -> assertTrue(n > 7_500 && n < 12_000, ch + " drawn " + n + " times"));
  }
}
