package id.jht.portal.infrastructure.receipt;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.jht.portal.application.receipt.ReceiptContent;
import id.jht.portal.application.receipt.ReceiptPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays a {@link ReceiptContent} out on one A4 page: the title, the queue number in large print, the
 * booking details beside a QR code of the booking code, the checklist for the video call and the
 * small print. Whatever the content, the result is exactly one page: text that would run into the
 * small print is left out rather than starting a second page, because a receipt is printed and
 * shown as one sheet.
 *
 * <p>The standard Helvetica fonts are used, so nothing is embedded and the file stays small (a few
 * kilobytes). They know only the Windows-1252 characters: a letter outside it is printed without
 * its accent where it has one, else as {@code ?}, instead of failing the receipt. Thread-safe and
 * stateless.
 */
public final class ReceiptRenderer implements ReceiptPrinter {

  private static final float MARGIN = 48f;
  private static final float QR_SIZE = 136f;
  private static final float FOOTER_TOP = 96f;
  private static final float[] INK = {0.10f, 0.12f, 0.16f};
  private static final float[] MUTED = {0.38f, 0.41f, 0.47f};
  private static final float[] ACCENT = {0.00f, 0.40f, 0.27f};

  /** Renders the receipt to PDF bytes. */
  @Override
  public byte[] render(ReceiptContent content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    render(content, out);
    return out.toByteArray();
  }

  /** Renders the receipt as PDF to {@code out}; {@code out} is not closed. */
  public void render(ReceiptContent content, OutputStream out) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(content.title());
      info.setProducer("JHT claim portal");
      try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
        new Layout(stream, page.getMediaBox()).draw(content);
      }
      document.save(out);
    }
  }

  /** The QR code's modules for {@code payload}, with the quiet zone the standard asks for. */
  static BitMatrix qrMatrix(String payload) {
    try {
      return new QRCodeWriter()
          .encode(
              payload,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  4,
                  EncodeHintType.CHARACTER_SET,
                  "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("The QR payload cannot be encoded", e);
    }
  }

  /** Text {@code font} can show: accents dropped where needed, other characters as '?'. */
  static String safe(String text, PDFont font) {
    if (text == null) {
      return "";
    }
    StringBuilder shown = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              String ch = Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp));
              if (encodable(font, ch)) {
                shown.append(ch);
                return;
              }
              String base = Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
              shown.append(!base.isEmpty() && encodable(font, base) ? base : "?");
            });
    return shown.toString();
  }

  private static boolean encodable(PDFont font, String text) {
    try {
      font.encode(text);
      return true;
    } catch (IllegalArgumentException | IOException notInFont) {
      return false;
    }
  }

  /** The standard fonts for one rendering (font objects cache widths and are not thread-safe). */
  private static final class Fonts {
    final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  }

  /** One page being drawn, top to bottom. */
  private static final class Layout {
    private final PDPageContentStream stream;
    private final Fonts fonts = new Fonts();
    private final float width;
    private final float height;
    private float y;

    /** The lowest baseline text may take: above the small print until the small print itself. */
    private float floor = FOOTER_TOP + 8;

    Layout(PDPageContentStream stream, PDRectangle box) {
      this.stream = stream;
      this.width = box.getWidth();
      this.height = box.getHeight();
      this.y = height - MARGIN;
    }

    void draw(ReceiptContent content) throws IOException {
      float full = width - 2 * MARGIN;
      fillRect(0, height - 10, width, 10, ACCENT);
      y -= 8;
      paragraph(content.title(), fonts.bold, 18, full, INK, 4);
      if (!content.subtitle().isBlank()) {
        paragraph(content.subtitle(), fonts.regular, 10, full, MUTED, 2);
      }
      y -= 10;
      rule();
      y -= 14;

      float top = y;
      float qrX = width - MARGIN - QR_SIZE;
      drawQr(content.qrPayload(), qrX, top - QR_SIZE);
      centred(content.qrCaption(), fonts.regular, 8, qrX, QR_SIZE, top - QR_SIZE - 12, MUTED);

      float column = qrX - MARGIN - 16;
      paragraph(content.highlightLabel(), fonts.regular, 10, column, MUTED, 2);
      paragraph(content.highlight(), fonts.bold, 30, column, INK, 8);
      for (ReceiptContent.Field field : content.fields()) {
        paragraph(field.label(), fonts.bold, 8.5f, column, MUTED, 1);
        for (String line : field.value().split("\n")) {
          paragraph(line, fonts.regular, 11, column, INK, 1);
        }
        y -= 6;
      }
      y = Math.min(y, top - QR_SIZE - 28);
      rule();
      y -= 16;

      if (!content.checklist().isEmpty()) {
        paragraph(content.checklistHeading(), fonts.bold, 12, full, INK, 4);
        for (String item : content.checklist()) {
          bullet(item, full);
        }
      }

      y = FOOTER_TOP;
      rule();
      y -= 12;
      floor = MARGIN / 2;
      for (String line : content.footer()) {
        paragraph(line, fonts.regular, 8, full, MUTED, 1);
      }
    }

    private void bullet(String text, float full) throws IOException {
      float indent = 12;
      List<String> lines = wrap(safe(text, fonts.regular), fonts.regular, 10, full - indent);
      for (int i = 0; i < lines.size(); i++) {
        if (!fits(10)) {
          return;
        }
        y -= 10 * 1.25f;
        if (i == 0) {
          text("-", fonts.regular, 10, MARGIN, y, INK);
        }
        text(lines.get(i), fonts.regular, 10, MARGIN + indent, y, INK);
      }
      y -= 3;
    }

    /** Wrapped text at the left margin; lines that would pass the floor are left out. */
    private void paragraph(
        String text, PDFont font, float size, float maxWidth, float[] rgb, float after)
        throws IOException {
      for (String line : wrap(safe(text, font), font, size, maxWidth)) {
        if (!fits(size)) {
          return;
        }
        y -= size * 1.25f;
        text(line, font, size, MARGIN, y, rgb);
      }
      y -= after;
    }

    private boolean fits(float size) {
      return y - size * 1.25f > floor;
    }

    private void centred(
        String text, PDFont font, float size, float x, float boxWidth, float baseline, float[] rgb)
        throws IOException {
      String shown = safe(text, font);
      float textWidth = width(shown, font, size);
      text(shown, font, size, x + Math.max(0, (boxWidth - textWidth) / 2), baseline, rgb);
    }

    private void text(String text, PDFont font, float size, float x, float baseline, float[] rgb)
        throws IOException {
      if (text.isEmpty()) {
        return;
      }
      stream.beginText();
      stream.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
      stream.setFont(font, size);
      stream.newLineAtOffset(x, baseline);
      stream.showText(text);
      stream.endText();
    }

    private void rule() throws IOException {
      fillRect(MARGIN, y, width - 2 * MARGIN, 0.75f, MUTED);
    }

    private void fillRect(float x, float bottom, float w, float h, float[] rgb) throws IOException {
      stream.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
      stream.addRect(x, bottom, w, h);
      stream.fill();
    }

    /** Dark modules as filled squares, joined along each row: sharp at any zoom or print size. */
    private void drawQr(String payload, float x, float bottom) throws IOException {
      BitMatrix matrix = qrMatrix(payload);
      float module = QR_SIZE / matrix.getWidth();
      stream.setNonStrokingColor(0f, 0f, 0f);
      for (int row = 0; row < matrix.getHeight(); row++) {
        int col = 0;
        while (col < matrix.getWidth()) {
          if (!matrix.get(col, row)) {
            col++;
            continue;
          }
          int start = col;
          while (col < matrix.getWidth() && matrix.get(col, row)) {
            col++;
          }
          float top = bottom + QR_SIZE - row * module;
          stream.addRect(x + start * module, top - module, (col - start) * module, module);
        }
      }
      stream.fill();
    }

    private static List<String> wrap(String text, PDFont font, float size, float maxWidth)
        throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.trim().split(" +")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (line.length() > 0 && width(candidate, font, size) > maxWidth) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      if (line.length() > 0) {
        lines.add(line.toString());
      }
      return lines;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
      return font.getStringWidth(text) / 1000f * size;
    }
  }
}
