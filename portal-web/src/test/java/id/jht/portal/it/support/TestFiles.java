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
}
