package id.jht.portal.infrastructure.document;

import id.jht.portal.application.document.DetectedType;
import id.jht.portal.application.document.InspectionResult;
import id.jht.portal.application.document.Thumbnails;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Small JPEG previews of accepted documents for lists and officers' screens: the image itself, or
 * the first page of a PDF, scaled so that its long side is at most {@value #MAX_SIDE} pixels. Meant
 * for files {@link DocumentInspector} accepted; it relies on those checks (pixel limit, structure)
 * having been made.
 */
public final class ThumbnailMaker implements Thumbnails {

  /** Longest side of a thumbnail, in pixels. */
  public static final int MAX_SIDE = 240;

  private static final float JPEG_QUALITY = 0.8f;

  /** JPEG cannot store transparency; transparent parts of a PNG become paper white. */
  private static final Color BACKGROUND = Color.WHITE;

  /** A thumbnail of an accepted upload. */
  public byte[] thumbnail(InspectionResult.Accepted accepted) throws IOException {
    return thumbnail(accepted.tempFile(), accepted.type());
  }

  /**
   * A JPEG thumbnail of {@code file}.
   *
   * @throws IOException if the file cannot be read or drawn (for example a CMYK JPEG, which ImageIO
   *     cannot convert to screen colours); callers show a generic icon then
   */
  @Override
  public byte[] thumbnail(Path file, DetectedType type) throws IOException {
    Objects.requireNonNull(file, "file");
    BufferedImage picture =
        switch (Objects.requireNonNull(type, "type")) {
          case JPEG -> orient(readImage(file, type), JpegStructure.exifOrientation(file));
          case PNG -> readImage(file, type);
          case PDF -> renderFirstPage(file);
        };
    return encodeJpeg(fitInto(picture, MAX_SIDE));
  }

  /** Reads the image, subsampled while decoding so a 40-megapixel photo never sits in memory. */
  private static BufferedImage readImage(Path file, DetectedType type) throws IOException {
    ImageReader reader = ImageInspector.readerFor(type);
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      reader.setInput(in, true, true);
      int longSide = Math.max(reader.getWidth(0), reader.getHeight(0));
      // Keep at least twice the target size so the final smooth scaling has detail to work with.
      int step = Math.max(1, longSide / (2 * MAX_SIDE));
      ImageReadParam param = reader.getDefaultReadParam();
      param.setSourceSubsampling(step, step, 0, 0);
      return DecodeGate.decode(() -> reader.read(0, param));
    } catch (RuntimeException unreadable) {
      throw new IOException("Image cannot be decoded for a thumbnail", unreadable);
    } finally {
      reader.dispose();
    }
  }

  /** Renders page 1 at the resolution that gives the thumbnail size directly. */
  private static BufferedImage renderFirstPage(Path file) throws IOException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      PDPage page = document.getPage(0);
      PDRectangle box = page.getCropBox();
      float longSide = Math.max(box.getWidth(), box.getHeight());
      if (!(longSide > 0)) {
        throw new IOException("First page has no size");
      }
      float scale = Math.min(1f, MAX_SIDE / longSide);
      PDFRenderer renderer = new PDFRenderer(document);
      renderer.setSubsamplingAllowed(true);
      return renderer.renderImage(0, scale, ImageType.RGB);
    } catch (RuntimeException unreadable) {
      throw new IOException("PDF page cannot be rendered for a thumbnail", unreadable);
    }
  }

  /**
   * Turns the picture upright as the camera meant it (EXIF orientation 1 to 8); phones store most
   * portrait photos, such as a held-up identity card, lying on their side.
   */
  static BufferedImage orient(BufferedImage image, int orientation) {
    if (orientation <= 1 || orientation > 8) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    boolean swapsSides = orientation >= 5;
    AffineTransform t = new AffineTransform();
    switch (orientation) {
      case 2 -> t.setTransform(-1, 0, 0, 1, w, 0); // mirrored
      case 3 -> t.setTransform(-1, 0, 0, -1, w, h); // upside down
      case 4 -> t.setTransform(1, 0, 0, -1, 0, h); // mirrored upside down
      case 5 -> t.setTransform(0, 1, 1, 0, 0, 0); // transposed
      case 6 -> t.setTransform(0, 1, -1, 0, h, 0); // rotate 90 clockwise
      case 7 -> t.setTransform(0, -1, -1, 0, h, w); // transversed
      case 8 -> t.setTransform(0, -1, 1, 0, 0, w); // rotate 90 counter-clockwise
      default -> throw new IllegalArgumentException("orientation " + orientation);
    }
    BufferedImage upright =
        new BufferedImage(swapsSides ? h : w, swapsSides ? w : h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = upright.createGraphics();
    try {
      g.drawImage(image, t, null);
    } finally {
      g.dispose();
    }
    return upright;
  }

  /** Scales down (never up) to fit a square of {@code maxSide}, on a white opaque background. */
  static BufferedImage fitInto(BufferedImage image, int maxSide) {
    int w = image.getWidth();
    int h = image.getHeight();
    double scale = Math.min(1.0, (double) maxSide / Math.max(w, h));
    int targetW = Math.max(1, (int) Math.round(w * scale));
    int targetH = Math.max(1, (int) Math.round(h * scale));
    BufferedImage target = new BufferedImage(targetW, targetH, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      g.setColor(BACKGROUND);
      g.fillRect(0, 0, targetW, targetH);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(image, 0, 0, targetW, targetH, null);
    } finally {
      g.dispose();
    }
    return target;
  }

  private static byte[] encodeJpeg(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // In memory: ImageIO's default would put a cache file in java.io.tmpdir for every thumbnail.
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
