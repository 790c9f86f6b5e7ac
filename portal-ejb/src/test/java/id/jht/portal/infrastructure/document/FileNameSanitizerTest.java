package id.jht.portal.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.application.document.DetectedType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNameSanitizerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ktp.jpg|ktp.jpg",
        "../../etc/passwd|passwd",
        "..\\..\\windows\\system32\\ktp.png|ktp.png",
        "/var/www/html/shell.php|shell.php",
        "'  Buku   Tabungan\t BCA .pdf  '|Buku Tabungan BCA .pdf",
        "dir/|dokumen",
        "..|dokumen",
        "'   '|dokumen",
      })
  void displayNameHasNoPathAndTidySpaces(String original, String expected) {
    assertEquals(expected, FileNameSanitizer.forDisplay(original));
  }

  @Test
  void nullAndEmptyNamesGetTheFallback() {
    assertEquals("dokumen", FileNameSanitizer.forDisplay(null));
    assertEquals("dokumen", FileNameSanitizer.forDisplay(""));
    assertEquals("dokumen", FileNameSanitizer.forDisplay("\u0000\u0001"));
  }

  @Test
  void controlCharactersAreRemovedAndLineBreaksBecomeSpaces() {
    assertEquals("ktp.php.jpg", FileNameSanitizer.forDisplay("ktp.php\u0000.jpg"));
    assertEquals("a b.jpg", FileNameSanitizer.forDisplay("a\r\nb.jpg"));
    assertEquals("ab.jpg", FileNameSanitizer.forDisplay("a\u001Bb\u007F.jpg"));
    assertEquals("a b.pdf", FileNameSanitizer.forDisplay("a\u2028b.pdf"));
  }

  @Test
  void bidirectionalOverridesAreRemoved() {
    assertEquals("fotogpj.exe", FileNameSanitizer.forDisplay("foto\u202Egpj.exe"));
    assertEquals(
        "ab.pdf", FileNameSanitizer.forDisplay("\u2066a\u2067\u2068b\u2069\u200E\u200F.pdf"));
  }

  @Test
  void nonLatinNamesAndEmojiAreKept() {
    assertEquals(
        "ktp_\u0915\u093E\u0930\u094D\u0921 \uD83D\uDE00.jpg",
        FileNameSanitizer.forDisplay("ktp_\u0915\u093E\u0930\u094D\u0921 \uD83D\uDE00.jpg"));
  }

  @Test
  void longNameIsCutToOneHundredCodePointsKeepingTheExtension() {
    String longName = "\uD83D\uDCC4".repeat(150) + ".jpeg"; // 150 emoji outside the BMP

    String shown = FileNameSanitizer.forDisplay(longName);

    assertEquals(100, shown.codePointCount(0, shown.length()));
    assertTrue(shown.endsWith("\u2026.jpeg"), shown);
    assertTrue(
        shown.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE),
        "no emoji cut in half");
  }

  @Test
  void longNameWithAnAbsurdExtensionIsSimplyCut() {
    String shown = FileNameSanitizer.forDisplay("a." + "b".repeat(200));

    assertEquals(100, shown.codePointCount(0, shown.length()));
    assertTrue(shown.endsWith("\u2026"), shown);
  }

  @Test
  void nameOfExactlyOneHundredCharactersIsKept() {
    String name = "k".repeat(96) + ".pdf";

    assertEquals(name, FileNameSanitizer.forDisplay(name));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "foto.jpg|jpg",
        "FOTO.JPG|jpg",
        "foto.jpg.php|php",
        "archive.tar.gz|gz",
        "C:\\scan\\KTP.Jpeg|jpeg",
        "noextension|''",
        "trailingdot.|''",
        "ktp.php\u0000.jpg|jpg",
        "'foto.pdf  '|pdf",
        "../x.pdf/ktp|''",
      })
  void extensionIsTheLowerCaseLastPart(String original, String expected) {
    assertEquals(expected, FileNameSanitizer.extensionOf(original));
  }

  @Test
  void extensionOfNothingIsEmpty() {
    assertEquals("", FileNameSanitizer.extensionOf(null));
  }

  @Test
  void extensionIsLowerCasedWithoutTheTurkishI() {
    java.util.Locale previous = java.util.Locale.getDefault();
    java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
    try {
      assertEquals("pdfi", FileNameSanitizer.extensionOf("A.PDFI"));
    } finally {
      java.util.Locale.setDefault(previous);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "foto.jpg|PNG|foto.png",
        "KTP.JPEG|JPEG|KTP.JPEG",
        "ktp|PDF|ktp.pdf",
        "foto.jpg.php|JPEG|foto.jpg",
        "scan 12.03.2024|PDF|scan 12.03.2024.pdf",
        "'  '|PNG|dokumen.png",
        ".pdf|JPEG|dokumen.jpg",
      })
  void anAcceptedFileIsShownWithTheExtensionOfItsContent(
      String original, DetectedType type, String expected) {
    assertEquals(expected, FileNameSanitizer.forType(original, type));
  }
}
