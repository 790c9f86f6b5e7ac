package id.jht.portal.infrastructure.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDFormFieldAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Builds the test files in memory, so that no binary sample is committed and every sample says how
 * it was made. Images carry noise so that their compressed data is long and a cut really lands in
 * the middle of it.
 */
final class TestCorpus {

  static final int MB = 1024 * 1024;

  private TestCorpus() {}

  // ---------------------------------------------------------------- images

  static BufferedImage picture(int width, int height, int imageType) {
    BufferedImage image = new BufferedImage(width, height, imageType);
    Graphics2D g = image.createGraphics();
    g.setPaint(new java.awt.GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.drawString("KARTU TANDA PENDUDUK", width / 10, height / 2);
    g.dispose();
    Random noise = new Random(42);
    for (int i = 0; i < width * height / 8; i++) {
      image.setRGB(noise.nextInt(width), noise.nextInt(height), noise.nextInt());
    }
    return image;
  }

  static byte[] jpeg(int width, int height) {
    return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
  }

  static byte[] png(int width, int height) {
    return write(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
  }

  static byte[] gif(int width, int height) {
    return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "gif");
  }

  static byte[] progressiveJpeg(int width, int height) {
    return jpegWith(
        param -> param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT),
        new IIOImage(picture(width, height, BufferedImage.TYPE_INT_RGB), null, null));
  }

  /** A four-channel (CMYK-style) JPEG, as some scanners write; ImageIO's read() refuses these. */
  static byte[] cmykJpeg(int width, int height) {
    WritableRaster raster = Raster.createInterleavedRaster(0, width, height, 4, null);
    Random noise = new Random(7);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        raster.setPixel(x, y, new int[] {x % 256, y % 256, noise.nextInt(256), 40});
      }
    }
    return jpegWith(param -> {}, new IIOImage(raster, null, null));
  }

  private static byte[] jpegWith(Consumer<ImageWriteParam> settings, IIOImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      settings.accept(param);
      writer.write(null, image, param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static byte[] write(BufferedImage image, String format) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, bytes)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * A tiny PNG whose IHDR claims {@code width} x {@code height} pixels: a decoder that trusts the
   * header would try to allocate width * height * 3 bytes.
   */
  static byte[] pngDeclaring(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(13);
    ihdr.putInt(width).putInt(height);
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0); // 8-bit RGB
    byte[] scanline = new byte[1 + 3 * 16];
    Deflater deflater = new Deflater();
    deflater.setInput(scanline);
    deflater.finish();
    byte[] idat = new byte[256];
    idat = Arrays.copyOf(idat, deflater.deflate(idat));
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    png.writeBytes(pngChunk("IHDR", ihdr.array()));
    png.writeBytes(pngChunk("IDAT", idat));
    png.writeBytes(pngChunk("IEND", new byte[0]));
    return png.toByteArray();
  }

  static byte[] pngChunk(String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    return ByteBuffer.allocate(12 + data.length)
        .putInt(data.length)
        .put(typeBytes)
        .put(data)
        .putInt((int) crc.getValue())
        .array();
  }

  /**
   * A valid 800 x 600 PNG of exactly {@code totalBytes}, padded with a private ancillary chunk
   * ("ppAd") before IEND, which decoders skip.
   */
  static byte[] pngOfExactSize(int totalBytes) {
    byte[] png = png(800, 600);
    int iendStart = png.length - 12;
    int padding = totalBytes - png.length - 12;
    if (padding < 0) {
      throw new IllegalArgumentException("PNG is already larger than " + totalBytes);
    }
    byte[] filler = new byte[padding];
    new Random(1).nextBytes(filler);
    ByteArrayOutputStream out = new ByteArrayOutputStream(totalBytes);
    out.write(png, 0, iendStart);
    out.writeBytes(pngChunk("ppAd", filler));
    out.write(png, iendStart, 12);
    return out.toByteArray();
  }

  /**
   * {@code jpeg} with an EXIF APP1 segment right after SOI that holds only the orientation tag, in
   * big-endian ("MM") TIFF layout.
   */
  static byte[] withExifOrientation(byte[] jpeg, int orientation) {
    ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4);
    tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8); // header, IFD0 at 8
    tiff.putShort((short) 1); // one entry
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1); // Orientation, SHORT, count 1
    tiff.putShort((short) orientation).putShort((short) 0);
    tiff.putInt(0); // no next IFD
    byte[] exifHeader = {'E', 'x', 'i', 'f', 0, 0};
    int length = 2 + exifHeader.length + tiff.capacity();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // SOI
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
    out.writeBytes(exifHeader);
    out.writeBytes(tiff.array());
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  static byte[] truncated(byte[] data, int keptBytes) {
    return Arrays.copyOf(data, keptBytes);
  }

  static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  // ---------------------------------------------------------------- not documents

  /** The first bytes of a 64-bit x86 Linux executable (ELF header, type EXEC). */
  static byte[] elfExecutable() {
    ByteBuffer elf = ByteBuffer.allocate(128).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    elf.put(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
    elf.position(16);
    elf.putShort((short) 2); // e_type EXEC
    elf.putShort((short) 0x3E); // e_machine x86-64
    elf.putInt(1); // e_version
    return elf.array();
  }

  /** A DOS stub pointing at a PE header for i386: how every Windows .exe starts. */
  static byte[] peExecutable() {
    ByteBuffer pe = ByteBuffer.allocate(512).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    pe.put(new byte[] {'M', 'Z'});
    pe.putInt(0x3C, 0x80);
    pe.position(0x80);
    pe.put(new byte[] {'P', 'E', 0, 0});
    pe.putShort((short) 0x014C); // machine i386
    return pe.array();
  }

  static byte[] htmlPage() {
    return ("<!DOCTYPE html>\n<html><head><title>Klaim JHT</title></head>\n"
            + "<body><script>document.location='https://example.invalid/'</script></body></html>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] zipArchive() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("ktp.jpg"));
      zip.write(jpeg(100, 100));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  // ---------------------------------------------------------------- PDFs

  /** A plain PDF with {@code pages} A4 pages, each with a line of text. */
  static byte[] pdf(int pages) {
    return pdf(pages, document -> {});
  }

  static byte[] pdf(int pages, Consumer<PDDocument> extra) {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(document, page)) {
          text.beginText();
          text.setFont(font, 14);
          text.newLineAtOffset(72, 760);
          text.showText("Surat keterangan berhenti bekerja, halaman " + i);
          text.endText();
        }
      }
      extra.accept(document);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] encryptedPdf(String userPassword) {
    return pdf(
        1,
        document -> {
          StandardProtectionPolicy policy =
              new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
          policy.setEncryptionKeyLength(128);
          try {
            document.protect(policy);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  static byte[] pdfWithOpenActionJavaScript() {
    return pdf(
        1,
        document ->
            document
                .getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('Klaim disetujui');")));
  }

  static byte[] pdfWithJavaScriptNameTree() {
    return pdf(
        1,
        document -> {
          PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
          scripts.setNames(Map.of("init", new PDActionJavaScript("this.print();")));
          PDDocumentNameDictionary names =
              new PDDocumentNameDictionary(document.getDocumentCatalog());
          names.setJavascript(scripts);
          document.getDocumentCatalog().setNames(names);
        });
  }

  static byte[] pdfWithPageOpenJavaScript() {
    return pdf(
        2,
        document -> {
          PDPageAdditionalActions actions = new PDPageAdditionalActions();
          actions.setO(new PDActionJavaScript("app.beep(0);"));
          document.getPage(1).setActions(actions);
        });
  }

  static byte[] pdfWithLaunchLink() {
    return pdf(
        1,
        document -> {
          PDActionLaunch launch = new PDActionLaunch();
          launch.setFile(new PDSimpleFileSpecification(new COSString("cmd.exe")));
          PDAnnotationLink link = new PDAnnotationLink();
          link.setRectangle(new PDRectangle(72, 700, 200, 20));
          link.setAction(launch);
          addAnnotation(document, link);
        });
  }

  static byte[] pdfWithFieldJavaScript() {
    return pdfWithTextField(
        (document, field) -> {
          PDFormFieldAdditionalActions actions = new PDFormFieldAdditionalActions();
          actions.setK(new PDActionJavaScript("event.value = event.value.toUpperCase();"));
          field.setActions(actions);
        });
  }

  /** Harmless interactive features: a form field without actions and a link to a web site. */
  static byte[] pdfWithFormAndWebLink() {
    return pdfWithTextField(
        (document, field) -> {
          PDActionURI uri = new PDActionURI();
          uri.setURI("https://www.bpjsketenagakerjaan.go.id/");
          PDAnnotationLink link = new PDAnnotationLink();
          link.setRectangle(new PDRectangle(72, 600, 200, 20));
          link.setAction(uri);
          addAnnotation(document, link);
        });
  }

  private static byte[] pdfWithTextField(BiConsumer<PDDocument, PDTextField> configure) {
    return pdf(
        1,
        document -> {
          PDAcroForm form = new PDAcroForm(document);
          document.getDocumentCatalog().setAcroForm(form);
          PDTextField field = new PDTextField(form);
          field.setPartialName("nama");
          form.getFields().add(field);
          PDAnnotationWidget widget = field.getWidgets().get(0);
          widget.setRectangle(new PDRectangle(72, 650, 200, 20));
          PDPage page = document.getPage(0);
          widget.setPage(page);
          addAnnotation(document, widget);
          configure.accept(document, field);
        });
  }

  private static void addAnnotation(PDDocument document, PDAnnotation annotation) {
    try {
      PDPage page = document.getPage(0);
      List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
      annotations.add(annotation);
      page.setAnnotations(annotations);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
