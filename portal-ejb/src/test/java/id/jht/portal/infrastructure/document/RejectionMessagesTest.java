package id.jht.portal.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.jht.portal.application.document.InspectionResult.Rejected;
import id.jht.portal.application.document.LocalizableText;
import id.jht.portal.application.document.RejectionReason;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RejectionMessagesTest {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  @Test
  void wrongFormatSaysWhatTheFileContainsInIndonesian() {
    Rejected rejected =
        new Rejected(
            RejectionReason.WRONG_FORMAT,
            "setup.pdf",
            List.of(LocalizableText.of("documents.content.executable")));

    assertEquals(
        "Berkas \"setup.pdf\" bukan JPG, PNG atau PDF (isinya berkas program (executable)).",
        RejectionMessages.format(rejected, INDONESIAN));
  }

  @Test
  void wrongFormatInEnglish() {
    Rejected rejected =
        new Rejected(
            RejectionReason.WRONG_FORMAT,
            "index.jpg",
            List.of(LocalizableText.of("documents.content.web.page")));

    assertEquals(
        "File \"index.jpg\" is not a JPG, PNG or PDF (it contains a web page (HTML)).",
        RejectionMessages.format(rejected, Locale.UK));
  }

  @Test
  void nestedTextWithItsOwnArgument() {
    Rejected rejected =
        new Rejected(
            RejectionReason.WRONG_FORMAT,
            "IMG_0001.HEIC",
            List.of(LocalizableText.of("documents.content.other.image", "HEIC")));

    assertEquals(
        "Berkas \"IMG_0001.HEIC\" bukan JPG, PNG atau PDF (isinya gambar berformat HEIC).",
        RejectionMessages.format(rejected, INDONESIAN));
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
