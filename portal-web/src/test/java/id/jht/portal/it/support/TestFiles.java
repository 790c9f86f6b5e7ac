package id.jht.portal.it.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Documents made by the tests themselves: real JPEG/PNG/PDF files and impostors. */
public final class TestFiles {

  private TestFiles() {}

  public static Path dir() {
    try {
      return Files.createDirectories(Path.of("target", "it-files"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path jpeg(String name, int width, int height) {
    return image(name, "jpg", width, height);
  }

  public static Path png(String name, int width, int height) {
    return image(name, "png", width, height);
  }

  private static Path image(String name, String format, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(name.hashCode() & 0xFFFFFF));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.WHITE);
    g.drawString(name, 20, 40);
    g.dispose();
    Path file = dir().resolve(name);
    try {
      ImageIO.write(image, format, file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  public static Path pdf(String name, int pages) {
    Path file = dir().resolve(name);
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        document.addPage(new PDPage());
      }
      document.save(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * A valid one-page PDF whose page content carries {@code text} as a PDF comment, uncompressed: a
   * readable document that passes every content check and still holds, say, the EICAR string.
   */
  public static Path pdfCarrying(String name, String text) {
    Path file = dir().resolve(name);
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content =
          new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
        content.addComment(text);
      }
      document.save(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A file of {@code bytes} bytes starting like a JPEG: only its size is wrong. */
  public static Path oversized(String name, long bytes) {
    Path file = dir().resolve(name);
    try (var out = Files.newOutputStream(file)) {
      byte[] block = new byte[64 * 1024];
      block[0] = (byte) 0xFF;
      block[1] = (byte) 0xD8;
      block[2] = (byte) 0xFF;
      long left = bytes;
      while (left > 0) {
        int n = (int) Math.min(block.length, left);
        out.write(block, 0, n);
        block[0] = block[1] = block[2] = 0;
        left -= n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A file of {@code bytes} bytes that starts like a PDF: only its size is wrong. */
  public static Path oversizedPdf(String name, long bytes) {
    Path file = oversized(name, bytes);
    try (var out =
        java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
      out.write(java.nio.ByteBuffer.wrap("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** An HTML page wearing a PDF's name. */
  public static Path htmlNamedPdf(String name) {
    Path file = dir().resolve(name);
    try {
      Files.writeString(
          file,
          "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * A PNG of random pixels, which PNG cannot compress: about {@code width * height * 3} bytes, for
   * tests that need a file of a known order of size.
   */
  public static Path noisyPng(String name, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    java.util.Random random = new java.util.Random(name.hashCode());
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    Path file = dir().resolve(name);
    try {
      ImageIO.write(image, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * A one-page PDF carrying a scan-like JPEG of random pixels (about 800 KB for 800 x 700), the way
   * a phone's scanner app saves a document.
   */
  public static Path scannedPdf(String name, int width, int height) {
    Path png = noisyPng(name + ".png", width, height);
    Path file = dir().resolve(name);
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      BufferedImage image = ImageIO.read(png.toFile());
      var scan =
          org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromImage(
              document, image, 0.97f);
      try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
        content.drawImage(scan, 20, 20, 500, 500f * height / width);
      }
      document.save(file.toFile());
      Files.delete(png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A PNG image saved under a name ending in ".jpg", as phone galleries sometimes do. */
  public static Path pngNamedJpg(String name, int width, int height) {
    Path png = png(name + ".png", width, height);
    Path file = dir().resolve(name);
    try {
      return Files.move(png, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Degrees south of the equator written into {@link #phonePhoto}'s GPS block. */
  public static final int PHOTO_LATITUDE_DEGREES = 7;

  /**
   * A photo as a phone camera writes it: {@code width x height} pixels of sensor-like noise (so
   * JPEG cannot shrink it to nothing; 4000 x 3000 at quality 0.97 gives about 7.5 MB), stored
   * sideways with EXIF orientation 6 ("rotate 90 degrees clockwise to show") and a GPS position in
   * its EXIF block.
   */
  public static Path phonePhoto(String name, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    java.util.Random random = new java.util.Random(name.hashCode());
    int noise = 16;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int base = 90 + x * 100 / width + y * 40 / height;
        int r = clamp(base + random.nextInt(2 * noise + 1) - noise);
        int g = clamp(base * 9 / 10 + random.nextInt(2 * noise + 1) - noise);
        int b = clamp(base * 8 / 10 + random.nextInt(2 * noise + 1) - noise);
        image.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (var out = ImageIO.createImageOutputStream(jpeg)) {
      writer.setOutput(out);
      javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.97f);
      writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    byte[] plain = jpeg.toByteArray();
    Path file = dir().resolve(name);
    try (var out = Files.newOutputStream(file)) {
      out.write(plain, 0, 2); // SOI
      out.write(exifWithOrientationAndGps());
      out.write(plain, 2, plain.length - 2);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static int clamp(int value) {
    return Math.max(0, Math.min(255, value));
  }

  /** APP1: IFD0 with Orientation 6 and a GPS pointer; GPS IFD with latitude 7 15' 27" S. */
  private static byte[] exifWithOrientationAndGps() {
    java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(92);
    tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) 6)
        .putShort((short) 0);
    tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
    tiff.putInt(0);
    tiff.putShort((short) 2); // GPS IFD at 38
    tiff.putShort((short) 1)
        .putShort((short) 2)
        .putInt(2)
        .put((byte) 'S')
        .put((byte) 0)
        .putShort((short) 0);
    tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(68);
    tiff.putInt(0);
    tiff.putInt(PHOTO_LATITUDE_DEGREES).putInt(1).putInt(15).putInt(1).putInt(27).putInt(1);
    byte[] header = {'E', 'x', 'i', 'f', 0, 0};
    int length = 2 + header.length + tiff.capacity();
    java.io.ByteArrayOutputStream segment = new java.io.ByteArrayOutputStream();
    segment.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
    segment.writeBytes(header);
    segment.writeBytes(tiff.array());
    return segment.toByteArray();
  }
}
