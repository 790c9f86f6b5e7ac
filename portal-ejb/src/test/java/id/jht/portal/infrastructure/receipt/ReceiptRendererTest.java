package id.jht.portal.infrastructure.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.jht.portal.application.receipt.ReceiptContent;
import java.awt.image.BufferedImage;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReceiptRendererTest {

  private final ReceiptRenderer renderer = new ReceiptRenderer();

  private static ReceiptContent content(List<String> checklist) {
    return new ReceiptContent(
        "Tanda terima pemesanan antrean / Queue booking receipt",
        "Klaim JHT daring",
        "Nomor antrean / Queue number",
        "MKS-261123-B017",
        List.of(
            new ReceiptContent.Field("Kode pemesanan / Booking code", "K7QX-M3PR-T9"),
            new ReceiptContent.Field(
                "Kantor cabang / Branch office",
                "Kantor Cabang Makassar\nJl. Jend. Sudirman No. 1"),
            new ReceiptContent.Field(
                "Jadwal / Schedule", "Senin, 23 November 2026, sesi B (10.00-12.00 WITA)")),
        "Persiapan panggilan video verifikasi",
        checklist,
        "K7QX-M3PR-T9",
        "Kode pemesanan / Booking code",
        List.of("Simpan kode pemesanan dan jangan bagikan kepada siapa pun."));
  }

  @Test
  void theReceiptIsOnePageWithEveryDetailAsText() throws Exception {
    byte[] pdf = renderer.render(content(List.of("Ponsel dengan kamera depan.", "e-KTP asli.")));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals(1, document.getNumberOfPages());
      String text = new PDFTextStripper().getText(document);
      for (String expected :
          List.of(
              "MKS-261123-B017",
              "K7QX-M3PR-T9",
              "Kantor Cabang Makassar",
              "Jl. Jend. Sudirman No. 1",
              "10.00-12.00 WITA",
              "Ponsel dengan kamera depan.",
              "jangan bagikan")) {
        assertTrue(text.contains(expected), expected + " in " + text);
      }
      assertEquals(
          "Tanda terima pemesanan antrean / Queue booking receipt",
          document.getDocumentInformation().getTitle());
    }
  }

  @Test
  void theQrCodeReadsBackAsTheBookingCode() throws Exception {
    byte[] pdf = renderer.render(content(List.of("Ponsel dengan kamera depan.")));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
      int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
      RGBLuminanceSource source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
      String decoded =
          new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
      assertEquals("K7QX-M3PR-T9", decoded);
    }
  }

  @Test
  void aVeryLongChecklistStillGivesOnePageWithItsSmallPrint() throws Exception {
    List<String> longList = Collections.nCopies(120, "Satu hal lagi yang perlu disiapkan.");
    try (PDDocument document = Loader.loadPDF(renderer.render(content(longList)))) {
      assertEquals(1, document.getNumberOfPages());
      assertTrue(new PDFTextStripper().getText(document).contains("jangan bagikan"));
    }
  }

  @Test
  void charactersTheStandardFontLacksAreReplacedNotFatal() throws Exception {
    var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    assertEquals(
        "Kantor Cabang Sao Paulo", ReceiptRenderer.safe("Kantor Cabang S\u0103o Paulo", font));
    assertEquals("Caf\u00e9 ?", ReceiptRenderer.safe("Caf\u00e9 \u4e2d", font));
    assertEquals("a b", ReceiptRenderer.safe("a\tb", font));
    byte[] pdf =
        renderer.render(
            new ReceiptContent(
                "Tanda terima \u2013 \u4e2d",
                null,
                "Nomor",
                "X-1",
                List.of(),
                null,
                List.of(),
                "X",
                null,
                List.of()));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertFalse(new PDFTextStripper().getText(document).isBlank());
    }
  }
}
