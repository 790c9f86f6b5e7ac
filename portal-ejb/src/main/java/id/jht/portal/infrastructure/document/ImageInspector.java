package id.jht.portal.infrastructure.document;

import id.jht.portal.application.document.DetectedType;
import id.jht.portal.application.document.RejectionReason;
import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks a JPEG or PNG: declared size first (so a "pixel flood" is refused before a single pixel is
 * decoded), then file structure, then a full decode, then whether it is large enough to read.
 */
final class ImageInspector {

  /**
   * Decoding is only a test here, so it is subsampled to about this many pixels: every byte of the
   * file is still decompressed, but the decoded raster stays small whatever the image size. Small
   * enough that the raster (at most 4 bytes a pixel, CMYK) stays under half a G1 region (512 KB at
   * the 1 MB regions of heaps up to 2 GB): a larger array is a "humongous" allocation, and one per
   * upload kept G1's concurrent cycles running (bench/FINDINGS.md, "uploads without megabyte
   * arrays"). Nothing is read from the pixels, so fewer cost no check.
   */
  private static final long DECODE_BUDGET_PIXELS = 65_536L;

  private final UploadLimits limits;

  ImageInspector(UploadLimits limits) {
    this.limits = limits;
  }

  Finding inspect(Path file, DetectedType type) throws IOException {
    Dimension size = declaredSize(file, type);
    if (size == null) {
      return Finding.Failed.of(RejectionReason.BROKEN, type.label());
    }
    if (!limits.pixelCountAllowed(size.width, size.height)) {
      return outOfLimits(RejectionReason.TOO_MANY_PIXELS, size, limits.maxPixels() / 1_000_000.0);
    }
    boolean complete =
        type == DetectedType.JPEG
            ? JpegStructure.hasEndOfImage(file)
            : PngStructure.isComplete(file);
    if (!complete || !decodesCleanly(file, type, size)) {
      return Finding.Failed.of(RejectionReason.BROKEN, type.label());
    }
    if (!limits.largeEnough(size.width, size.height)) {
      return outOfLimits(
          RejectionReason.TOO_SMALL_TO_READ, size, limits.minWidth(), limits.minHeight());
    }
    return new Finding.Passed(size.width, size.height, null);
  }

  /** A size the limits refuse: the message names the image's width and height, then the limit. */
  private static Finding outOfLimits(RejectionReason reason, Dimension size, Object... limit) {
    Object[] details = new Object[2 + limit.length];
    details[0] = size.width;
    details[1] = size.height;
    System.arraycopy(limit, 0, details, 2, limit.length);
    return Finding.Failed.of(reason, details);
  }

  /** Width and height from the header alone, or {@code null} if the header cannot be read. */
  private static Dimension declaredSize(Path file, DetectedType type) {
    ImageReader reader = readerFor(type);
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      reader.setInput(in, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      return width > 0 && height > 0 ? new Dimension(width, height) : null;
    } catch (IOException | RuntimeException unreadable) {
      // ImageIO reports malformed headers with IIOException but also with runtime exceptions.
      return null;
    } finally {
      reader.dispose();
    }
  }

  private static boolean decodesCleanly(Path file, DetectedType type, Dimension size) {
    ImageReader reader = readerFor(type);
    AtomicBoolean warned = new AtomicBoolean();
    IIOReadWarningListener warnings = (source, warning) -> warned.set(true);
    reader.addIIOReadWarningListener(warnings);
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      reader.setInput(in, true, true);
      ImageReadParam param = reader.getDefaultReadParam();
      int step = subsamplingStep(size);
      param.setSourceSubsampling(step, step, 0, 0);
      DecodeGate.decode(
          () -> {
            if (type == DetectedType.JPEG) {
              // The raster path decodes CMYK scans too, which read() refuses though they are valid.
              return reader.readRaster(0, param);
            }
            return reader.read(0, param);
          });
      return !warned.get();
    } catch (IOException | RuntimeException corrupt) {
      return false;
    } finally {
      reader.dispose();
    }
  }

  static int subsamplingStep(Dimension size) {
    double pixels = (double) size.width * size.height;
    return (int) Math.max(1, Math.ceil(Math.sqrt(pixels / DECODE_BUDGET_PIXELS)));
  }

  static ImageReader readerFor(DetectedType type) {
    String format =
        switch (type) {
          case JPEG -> "jpeg";
          case PNG -> "png";
          case PDF -> throw new IllegalArgumentException("PDF is not an image format");
        };
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      throw new IllegalStateException("This Java runtime has no ImageIO reader for " + format);
    }
    return readers.next();
  }
}
