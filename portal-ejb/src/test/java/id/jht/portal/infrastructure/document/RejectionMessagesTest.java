package id.jht.portal.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.jht.portal.application.document.InspectionResult.Rejected;
import id.jht.portal.application.document.LocalizableText;
import id.jht.portal.application.document.RejectionReason;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RejectionMessagesTest {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  /** What a wrong file contains, named in the message: in Indonesian, English, with an argument. */
  static Stream<Arguments> wrongFormats() {
    return Stream.of(
        Arguments.of(
            "setup.pdf",
            LocalizableText.of("documents.content.executable"),
            INDONESIAN,
            "Berkas \"setup.pdf\" bukan JPG, PNG atau PDF (isinya berkas program (executable))."),
        Arguments.of(
            "index.jpg",
            LocalizableText.of("documents.content.web.page"),
            Locale.UK,
            "File \"index.jpg\" is not a JPG, PNG or PDF (it contains a web page (HTML))."),
        Arguments.of(
            "IMG_0001.HEIC",
            LocalizableText.of("documents.content.other.image", "HEIC"),
            INDONESIAN,
            "Berkas \"IMG_0001.HEIC\" bukan JPG, PNG atau PDF (isinya gambar berformat HEIC)."));
  }

  @ParameterizedTest(name = "{0} in {2}")
  @MethodSource("wrongFormats")
  void wrongFormatSaysWhatTheFileContains(
      String file, LocalizableText content, Locale locale, String expected) {
    Rejected rejected = new Rejected(RejectionReason.WRONG_FORMAT, file, List.of(content));

    assertEquals(expected, RejectionMessages.format(rejected, locale));
  }

  @Test
  void numbersAreWrittenTheIndonesianWay() {
    Rejected rejected =
        new Rejected(RejectionReason.TOO_MANY_PIXELS, "ktp.png", List.of(100_000, 100_000, 40.0));

    assertEquals(
        "Gambar \"ktp.png\" berukuran 100.000 x 100.000 piksel, terlalu besar untuk diproses"
            + " (maksimal 40 juta piksel). Perkecil gambar, lalu unggah lagi.",
        RejectionMessages.format(rejected, INDONESIAN));
  }

  @Test
  void otherLanguagesFallBackToIndonesian() {
    Rejected rejected = new Rejected(RejectionReason.EMPTY, "a.pdf", List.of());

    String expected = "Berkas \"a.pdf\" kosong (0 bita). Pilih berkas yang berisi dokumen Anda.";
    assertEquals(expected, RejectionMessages.format(rejected, Locale.JAPANESE));
    assertEquals(expected, RejectionMessages.format(rejected, null));
  }

  @Test
  void tooLargeAndTooSmallInEnglish() {
    assertEquals(
        "File \"video.jpg\" is too large. Files may be at most 6 MB.",
        RejectionMessages.format(
            new Rejected(
                RejectionReason.TOO_LARGE, "video.jpg", List.of(new FileSize(6L * 1024 * 1024))),
            Locale.ENGLISH));
    assertEquals(
        "Berkas \"video.jpg\" terlalu besar. Ukuran berkas maksimal 6 MB.",
        RejectionMessages.format(
            new Rejected(
                RejectionReason.TOO_LARGE, "video.jpg", List.of(new FileSize(6L * 1024 * 1024))),
            INDONESIAN));
    assertEquals(
        "Image \"ktp.jpg\" is only 300 x 200 pixels, too small for an officer to read. It must be"
            + " at least 600 x 400 pixels (portrait or landscape).",
        RejectionMessages.format(
            new Rejected(RejectionReason.TOO_SMALL_TO_READ, "ktp.jpg", List.of(300, 200, 600, 400)),
            Locale.ENGLISH));
  }
}
