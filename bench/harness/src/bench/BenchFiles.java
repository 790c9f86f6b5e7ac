package bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes the upload payloads of the benchmark: real JPEGs of a wanted size (noise compresses badly,
 * so the size follows the pixel count) and real PDFs carrying such a JPEG as a page image, the way a
 * scanned document looks. Deterministic: the same seed gives the same bytes.
 *
 * <p>Usage: {@code BenchFiles <dir>} writes photo-1mb.jpg, scan-5mb.pdf, photo-6mb.jpg, scan-6mb.pdf.
 */
public final class BenchFiles {

  /** The portal's limit is 6 MiB; "6 MB" files stay just below it. */
  private static final int SIX_MB = 6_100_000;

  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args[0]));
    write(dir.resolve("photo-1mb.jpg"), jpeg(1_000_000, 1));
    write(dir.resolve("scan-5mb.pdf"), pdf(jpeg(5_000_000, 2)));
    write(dir.resolve("photo-6mb.jpg"), jpeg(SIX_MB, 3));
    write(dir.resolve("scan-6mb.pdf"), pdf(jpeg(SIX_MB - 2_000, 4)));
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes);
    System.out.printf("%s %d bytes%n", file, bytes.length);
  }

  /** A noise JPEG between 97 % and 100 % of {@code target} bytes. */
  static byte[] jpeg(int target, long seed) throws IOException {
    double pixelsPerByte = 0.9;
    for (int attempt = 0; attempt < 12; attempt++) {
      int pixels = (int) (target * pixelsPerByte);
      int width = (int) Math.sqrt(pixels * 4.0 / 3.0);
      int height = Math.max(400, pixels / width);
      byte[] bytes = encode(noise(width, height, seed));
      if (bytes.length <= target && bytes.length >= target * 0.97) {
        return bytes;
      }
      pixelsPerByte *= (target * 0.985) / bytes.length;
    }
    throw new IllegalStateException("no JPEG of about " + target + " bytes");
  }

  private static BufferedImage noise(int width, int height, long seed) {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        // Smooth gradients plus noise: a photo-like mix that still compresses poorly.
        int base = (x * 255 / width + y * 255 / height) / 2;
        int r = clamp(base + random.nextInt(96) - 48);
        int g = clamp(base + random.nextInt(96) - 48);
        int b = clamp(255 - base + random.nextInt(96) - 48);
        image.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    return image;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  private static byte[] encode(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.9f);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** A one-page A4 PDF showing the JPEG full page (DCTDecode: the JPEG bytes as they are). */
  static byte[] pdf(byte[] jpeg) throws IOException {
    BufferedImage size = ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
    String content = "q 595 0 0 842 0 0 cm /Im1 Do Q\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    ascii(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
    offsets.add(out.size());
    ascii(out, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    offsets.add(out.size());
    ascii(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
    offsets.add(out.size());
    ascii(
        out,
        "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
            + " /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>\nendobj\n");
    offsets.add(out.size());
    ascii(out, "4 0 obj\n<< /Length " + content.length() + " >>\nstream\n" + content);
    ascii(out, "endstream\nendobj\n");
    offsets.add(out.size());
    ascii(
        out,
        "5 0 obj\n<< /Type /XObject /Subtype /Image /Width "
            + size.getWidth()
            + " /Height "
            + size.getHeight()
            + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length "
            + jpeg.length
            + " >>\nstream\n");
    out.write(jpeg);
    ascii(out, "\nendstream\nendobj\n");
    int xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
    for (int offset : offsets) {
      table.append(String.format("%010d 00000 n \n", offset));
    }
    table.append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    ascii(out, table.toString());
    return out.toByteArray();
  }

  private static void ascii(ByteArrayOutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
