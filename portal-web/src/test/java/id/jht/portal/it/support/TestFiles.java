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
}
