package id.jht.portal.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FileSizeTest {

  private static final Locale ID = Locale.forLanguageTag("id");
  private static final long MB = 1024 * 1024;

  @Test
  void aLimitOfWholeMegabytesHasNoDecimalsAndNoCurrency() {
    assertEquals("6 MB", new FileSize(6 * MB).format(ID));
    assertEquals("6 MB", new FileSize(6 * MB).format(Locale.ENGLISH));
  }

  @Test
  void aFileSizeUsesTheDecimalSeparatorOfThePageLanguage() {
    long size = MB + 20_000;
    assertEquals("1,0 MB", new FileSize(size).format(ID));
    assertEquals("1.0 MB", new FileSize(size).format(Locale.ENGLISH));
    assertEquals("2,5 MB", new FileSize(5 * MB / 2 + 1).format(ID));
  }

  @Test
  void belowAMegabyteInKilobytesNeverZero() {
    assertEquals("420 KB", new FileSize(420 * 1024 + 100).format(ID));
    assertEquals("1 KB", new FileSize(10).format(Locale.ENGLISH));
    assertEquals("1.000 KB", new FileSize(1000 * 1024).format(ID));
  }

  @Test
  void negativeSizesDoNotExist() {
    assertThrows(IllegalArgumentException.class, () -> new FileSize(-1));
  }
}
