package id.jht.portal.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.application.document.DetectedType;
import id.jht.portal.application.document.InspectionResult;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThumbnailMakerTest {

  private final ThumbnailMaker thumbnails = new ThumbnailMaker();

  @TempDir Path dir;

  private BufferedImage thumbnailOf(byte[] content, DetectedType type) throws IOException {
    Path file = Files.write(Files.createTempFile(dir, "doc", ".bin"), content);
    byte[] jpeg = thumbnails.thumbnail(file, type);
    assertEquals(0xFF, jpeg[0] & 0xFF);
    assertEquals(0xD8, jpeg[1] & 0xFF);
    return ImageIO.read(new ByteArrayInputStream(jpeg));
  }

  private static void assertSize(BufferedImage image, int width, int height) {
    assertEquals(width, image.getWidth(), "width");
    assertEquals(height, image.getHeight(), "height");
  }

  /** A landscape photo is scaled to 240 pixels wide; a small image is not enlarged. */
  @ParameterizedTest
  @CsvSource({"JPEG, 4000, 3000, 240, 180", "PNG, 200, 100, 200, 100"})
  void imageIsScaledDownTo240PixelsAtMost(
      DetectedType type, int width, int height, int thumbWidth, int thumbHeight) throws Exception {
    byte[] image =
        type == DetectedType.JPEG ? TestCorpus.jpeg(width, height) : TestCorpus.png(width, height);

    assertSize(thumbnailOf(image, type), thumbWidth, thumbHeight);
  }

  @Test
  void portraitPngIsScaledTo240PixelsHighOnWhite() throws Exception {
    BufferedImage transparent = new BufferedImage(600, 900, BufferedImage.TYPE_INT_ARGB);
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    ImageIO.write(transparent, "png", png);

    BufferedImage thumbnail = thumbnailOf(png.toByteArray(), DetectedType.PNG);

    assertSize(thumbnail, 160, 240);
    Color corner = new Color(thumbnail.getRGB(5, 5));
    assertTrue(corner.getRed() > 245 && corner.getGreen() > 245 && corner.getBlue() > 245);
  }

  @Test
  void phonePhotoLyingOnItsSideIsTurnedUpright() throws Exception {
    // Stored 800 x 600 with EXIF "rotate 90 clockwise to view", as phones save portrait shots.
    byte[] jpeg = TestCorpus.withExifOrientation(TestCorpus.jpeg(800, 600), 6);

    BufferedImage thumbnail = thumbnailOf(jpeg, DetectedType.JPEG);

    assertSize(thumbnail, 180, 240);
  }

  @Test
  void firstPageOfAnA4PdfIsRendered() throws Exception {
    BufferedImage thumbnail = thumbnailOf(TestCorpus.pdf(2), DetectedType.PDF);

    assertEquals(240, thumbnail.getHeight());
    assertEquals(Math.round(240 * 595.28f / 841.89f), thumbnail.getWidth(), 1);
    boolean hasInk = false;
    for (int y = 0; y < thumbnail.getHeight() && !hasInk; y++) {
      for (int x = 0; x < thumbnail.getWidth() && !hasInk; x++) {
        hasInk = new Color(thumbnail.getRGB(x, y)).getRed() < 128;
      }
    }
    assertTrue(hasInk, "the line of text should show as dark pixels");
  }

  @Test
  void thumbnailOfAnAcceptedUploadUsesItsWorkFile() throws Exception {
    Path work = Files.createDirectory(dir.resolve("work"));
    InspectionResult.Accepted accepted =
        (InspectionResult.Accepted)
            new DocumentInspector()
                .inspect("ktp.png", null, new ByteArrayInputStream(TestCorpus.png(800, 600)), work);

    BufferedImage thumbnail =
        ImageIO.read(new ByteArrayInputStream(thumbnails.thumbnail(accepted)));

    assertEquals(240, thumbnail.getWidth());
  }

  @Test
  void unreadableFileFailsWithAnIoException() throws Exception {
    Path file = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\nnot really".getBytes());

    assertThrows(IOException.class, () -> thumbnails.thumbnail(file, DetectedType.PDF));
  }

  @Test
  void orientationTransformsPutEveryCornerInPlace() {
    // A 2 x 1 image: red on the left, blue on the right.
    BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, Color.RED.getRGB());
    image.setRGB(1, 0, Color.BLUE.getRGB());

    assertPixels(ThumbnailMaker.orient(image, 1), 2, 1, Color.RED, Color.BLUE);
    assertPixels(ThumbnailMaker.orient(image, 2), 2, 1, Color.BLUE, Color.RED);
    assertPixels(ThumbnailMaker.orient(image, 3), 2, 1, Color.BLUE, Color.RED);
    assertPixels(ThumbnailMaker.orient(image, 4), 2, 1, Color.RED, Color.BLUE);
    // Turned to portrait: first pixel is the top one.
    assertPixels(ThumbnailMaker.orient(image, 5), 1, 2, Color.RED, Color.BLUE);
    assertPixels(ThumbnailMaker.orient(image, 6), 1, 2, Color.RED, Color.BLUE);
    assertPixels(ThumbnailMaker.orient(image, 7), 1, 2, Color.BLUE, Color.RED);
    assertPixels(ThumbnailMaker.orient(image, 8), 1, 2, Color.BLUE, Color.RED);
  }

  private static void assertPixels(
      BufferedImage image, int width, int height, Color first, Color second) {
    assertEquals(width, image.getWidth());
    assertEquals(height, image.getHeight());
    assertEquals(first.getRGB(), image.getRGB(0, 0));
    assertEquals(second.getRGB(), width == 2 ? image.getRGB(1, 0) : image.getRGB(0, 1));
  }
}
